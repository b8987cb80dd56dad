"""The conversation guide (Leidraad): short sections on how to hold the conversation, taken
from the training deck in the project's own words, each naming the slides it comes from.

Shipped in seed_data/guide.json (loaded by migration 0004), kept by coordinators with the
audit trail, found from the search box by the same rule as the services
(``sections_for``): typing "vluchthuis" or "huisverbod" offers the section beside the
results.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ifg_desktop.db.search import SUBSTRING_MIN_LENGTH, TextRule, text_matches
from ifg_desktop.directory.text import index_body
from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    from ifg_desktop.db import Database

# The audit trail's resource type and field for the guide's sections.
GUIDE_SECTION = "guide_section"


class GuideProblem(ValueError):
    """A section a coordinator cannot save as it is (the message says why, in the language
    in use; the sections themselves are the coordinators' words and never translated)."""


@dataclass(frozen=True, slots=True)
class GuideSectionRecord:
    key: str
    title: str
    summary: str
    points: tuple[str, ...]
    say: tuple[str, ...]  # sentences the worker can say to the client
    source: str  # the deck's slides it is taken from
    keywords: tuple[str, ...] = ()
    # The folded texts a search is matched against (as a service's, db/search.py): worked
    # out once, not on every keystroke (folding the whole guide took milliseconds a key).
    search_text: str = field(init=False, repr=False, compare=False)
    title_text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = (self.title, self.summary, *self.points, *self.say, *self.keywords)
        object.__setattr__(self, "search_text", f" {index_body(*parts)} ")
        object.__setattr__(self, "title_text", f" {index_body(self.title)} ")


def _strings(value: Any) -> tuple[str, ...]:
    """A JSON column as read by the driver: a list, or (SQLite) its text."""
    if isinstance(value, str):
        value = json.loads(value)
    return tuple(str(item) for item in value or ())


def load_guide(database: Database) -> list[GuideSectionRecord]:
    """The guide's sections in order (plain SQL: the window reads them at start)."""
    return [
        GuideSectionRecord(
            key=str(key),
            title=str(title),
            summary=str(summary),
            points=_strings(points),
            say=_strings(say),
            source=str(source),
            keywords=_strings(keywords),
        )
        for key, title, summary, points, say, source, keywords in database.read(
            "SELECT key, title, summary, points, say, source, keywords FROM guide_section "
            "ORDER BY position, id"
        )
    ]


def sections_for(
    sections: Sequence[GuideSectionRecord], rule: TextRule, typed: str = "", *, most: int = 3
) -> list[GuideSectionRecord]:
    """The sections whose text fits a search's rule (its words, their forms and what the
    vocabulary says they mean), best first: those that hold the words as typed ("geweld is
    bij wet verboden": the section that says it), then those whose title fits, then the
    others. Nothing for words of one or two letters (still being typed)."""
    if not rule.groups or all(
        len(alternative) < SUBSTRING_MIN_LENGTH for group in rule.groups for alternative in group
    ):
        return []
    # Read as the text is (no database's word index): the rule has words of three letters.
    fitting = [s for s in sections if text_matches("", rule, s.search_text)]
    phrase = f" {index_body(typed)} " if len(typed.split()) > 1 else None

    def rank(section: GuideSectionRecord) -> int:
        if phrase is not None and phrase in section.search_text:
            return 0
        return 1 if text_matches("", rule, section.title_text) else 2

    return sorted(fitting, key=rank)[:most]  # stable: the guide's order within a rank


def check_section(record: GuideSectionRecord) -> GuideSectionRecord:
    """The section tidied (blank lines dropped), or GuideProblem."""
    points = tuple(p.strip() for p in record.points if p.strip())
    say = tuple(s.strip() for s in record.say if s.strip())
    keywords = tuple(k.strip() for k in record.keywords if k.strip())
    title, summary, source = record.title.strip(), record.summary.strip(), record.source.strip()
    if not title:
        raise GuideProblem(translate("guide", "Geef de sectie een titel."))
    if len(title) > 200:
        raise GuideProblem(translate("guide", "De titel is te lang (hoogstens 200 tekens)."))
    if not points:
        raise GuideProblem(translate("guide", "Geef minstens één punt."))
    if not source:
        raise GuideProblem(
            translate("guide", "Zeg waar de tekst vandaan komt (bron), bv. de dia van de vorming.")
        )
    return GuideSectionRecord(record.key, title, summary, points, say, source, keywords)


def save_section(database: Database, record: GuideSectionRecord, *, by: str) -> bool:
    """Change one section, with the audit trail (one entry per field changed); False when
    nothing changed. The section must exist (the guide's sections are shipped)."""
    from sqlalchemy import select, update

    from ifg_desktop.directory import audit
    from ifg_desktop.models import AuditAction, GuideSection

    record = check_section(record)
    with database.begin_write() as session:
        stored = session.scalars(select(GuideSection).where(GuideSection.key == record.key)).first()
        if stored is None:
            raise GuideProblem(
                translate("guide", "De sectie '{key}' bestaat niet (meer).").format(key=record.key)
            )
        old = {
            "title": stored.title,
            "summary": stored.summary,
            "points": list(stored.points),
            "say": list(stored.say),
            "source": stored.source,
            "keywords": list(stored.keywords),
        }
        new = {
            "title": record.title,
            "summary": record.summary,
            "points": list(record.points),
            "say": list(record.say),
            "source": record.source,
            "keywords": list(record.keywords),
        }
        changes = [
            (name, _as_text(old[name]), _as_text(new[name]))
            for name in new
            if old[name] != new[name]
        ]
        if not changes:
            return False
        session.execute(update(GuideSection).where(GuideSection.key == record.key).values(**new))
        audit.record(
            session,
            key=record.key,
            action=AuditAction.UPDATE,
            by=by,
            changes=changes,
            version=None,
            resource_type=GUIDE_SECTION,
        )
    return True


def _as_text(value: object) -> str:
    """As the audit trail keeps values: JSON (fields.value_text reads it back)."""
    return json.dumps(value, ensure_ascii=False)
