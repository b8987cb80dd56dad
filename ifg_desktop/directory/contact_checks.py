"""Checks of one e-mail or web address, as a coordinator types it or a file holds it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ifg_desktop.i18n import translate

# Deliberately plain: one @, no spaces, a dot in the domain. Whether the mailbox exists no
# pattern can tell; a typo like "info@caw" or "info caw.be" it can.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$", re.IGNORECASE)


def email_problem(text: str | None) -> str | None:
    if not text:
        return None
    if len(text) > 200 or not _EMAIL.match(text):
        return translate(
            "validation", "'{text}' is geen e-mailadres (zoals info@voorbeeld.be)."
        ).format(text=text)
    return None


def normalize_website(text: str) -> str:
    """``www.caw.be`` becomes ``https://www.caw.be``; anything else is left as typed."""
    cleaned = text.strip()
    if cleaned and "://" not in cleaned:
        return "https://" + cleaned
    return cleaned


def website_problem(text: str | None) -> str | None:
    if not text:
        return None
    parts = urlsplit(text)
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or not _HOST.match(parts.hostname)
        or " " in text
        or len(text) > 500
    ):
        return translate(
            "validation", "'{text}' is geen webadres (zoals https://www.voorbeeld.be)."
        ).format(text=text)
    return None
