"""Hypothesis strategies: any service the database can hold, as a draft."""

from __future__ import annotations

import uuid
from datetime import date, time

from hypothesis import strategies as st

from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.drafts import LocationDraft, OrganizationDraft, PhoneDraft, ServiceDraft

# Text as people type it (any script, punctuation, newlines), never blank: blank is absent.
# No control characters but tab and newline: they are refused (validation.text_problems).
_chars = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n")
words = st.text(_chars, min_size=1, max_size=40).filter(lambda s: bool(s.strip()))
optional_words = st.none() | words
keys = st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True) | st.builds(
    lambda: str(uuid.uuid4())
)
emails = st.none() | st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.be", fullmatch=True)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
times = st.builds(time, st.integers(0, 23), st.integers(0, 59), st.sampled_from([0, 0, 0, 30]))
PHONES = ("+3232607280", "1712", "112", "116000", "+31201234567", "+3225551234")
THEMES = ("partnergeweld", "kindermishandeling", "crisis", "eigen-thema")


@st.composite
def ages(draw: st.DrawFn) -> tuple[int | None, int | None]:
    low = draw(st.none() | st.integers(-12, 1200))
    high = draw(st.none() | st.integers(-12 if low is None else low, 1571))
    return low, high


_ordinals = st.lists(
    st.sampled_from([1, 2, 3, 4, 5, -1, -2]), min_size=1, max_size=3, unique=True
).map(tuple)
# Mostly every week; else by the month (every n months needs a dtstart) or every n weeks
# from a first day: the rules HSDS can carry both ways (see schedules._schedule).
rules = st.one_of(
    st.just(((), 1, None)),
    st.just(((), 1, None)),
    st.tuples(_ordinals, st.just(1), st.none() | days),
    st.tuples(_ordinals, st.integers(2, 3), days),
    st.tuples(st.just(()), st.integers(2, 4), days),
)


@st.composite
def hours(draw: st.DrawFn) -> Hours:
    valid_from = draw(st.none() | days)
    valid_to = draw(st.none() | days.filter(lambda d: valid_from is None or d >= valid_from))
    return Hours(
        always_open=draw(st.booleans()),
        by_appointment=draw(st.booleans()),
        closed_on_public_holidays=draw(st.sampled_from([True, False, None])),
        windows=tuple(
            draw(
                st.lists(
                    st.builds(
                        lambda day, opens, closes, kind, rule: Window(
                            day, opens, closes, kind, *rule
                        ),
                        st.integers(0, 6),
                        times,
                        times,
                        st.sampled_from(["open", "phone", "walk_in"]),
                        rules,
                    ),
                    max_size=8,
                )
            )
        ),
        exceptions=tuple(
            draw(
                st.lists(
                    st.builds(
                        DateException,
                        days,
                        st.booleans(),
                        st.none() | times,
                        st.none() | times,
                        optional_words,
                    ),
                    max_size=3,
                )
            )
        ),
        valid_from=valid_from,
        valid_to=valid_to,
        timezone=draw(st.sampled_from(["Europe/Brussels", "Europe/Amsterdam", "UTC"])),
    )


@st.composite
def drafts(draw: st.DrawFn, themes: tuple[str, ...] = THEMES) -> ServiceDraft:
    """A draft as the database gives it back (hours unknown means no note either)."""
    low, high = draw(ages())
    service_hours = draw(st.none() | hours())
    return ServiceDraft(
        key=draw(keys),
        name=draw(words),
        alternate_name=draw(optional_words),
        organization=draw(
            st.none()
            | st.builds(OrganizationDraft, keys, words, optional_words, optional_words, emails)
        ),
        description=draw(optional_words),
        status=draw(st.sampled_from(["active", "inactive", "temporarily_closed", "do_not_refer"])),
        professional_only=draw(st.booleans()),
        contact_note=draw(optional_words),
        minimum_age_months=low,
        maximum_age_months=high,
        ages_unknown=draw(st.booleans()),
        urgency=frozenset(draw(st.sets(st.sampled_from(["acute", "crisis", "non_acute"])))),
        themes=frozenset(draw(st.sets(st.sampled_from(themes)))),
        keywords=tuple(draw(st.lists(words, max_size=3))),
        notes=tuple(draw(st.lists(words, max_size=2))),
        free_of_charge=draw(st.none() | st.booleans()),
        anonymous=draw(st.none() | st.booleans()),
        url=draw(st.none() | st.just("https://www.example.be/hulp")),
        email=draw(emails),
        alert=draw(optional_words),
        alert_until=draw(st.none() | days),
        assured_date=draw(st.none() | days),
        assurer=draw(st.none() | words | emails),
        phones=tuple(
            draw(
                st.lists(
                    st.builds(
                        PhoneDraft,
                        st.sampled_from(PHONES),
                        optional_words,
                        optional_words,
                        st.none() | st.booleans(),
                    ),
                    max_size=3,
                )
            )
        ),
        locations=tuple(
            draw(
                st.lists(
                    st.builds(
                        LocationDraft,
                        optional_words,
                        optional_words,
                        st.none() | st.from_regex(r"[0-9]{4}", fullmatch=True),
                        optional_words,
                        st.sampled_from(["BE", "NL", "FR"]),
                    ),
                    max_size=2,
                )
            )
        ),
        hours=service_hours,
        schedule_note=draw(optional_words) if service_hours is not None else None,
        languages=frozenset(draw(st.sets(st.sampled_from(["nl", "fr", "ar", "vgt"]), max_size=3))),
    )
