"""Synthetic directories with Dutch-like names and texts, ages, urgency, themes and hours.

Deterministic for a seed, so two runs measure the same data. The themes are the shipped
ones; everything else is invented and says so ("Fictief"): never mistake it for real data.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import time

from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.drafts import LocationDraft, PhoneDraft, ServiceDraft

THEMES = (
    "partnergeweld", "kindermishandeling", "seksueel-geweld", "online-veiligheid", "vermissing",
    "verslaving", "jonge-kinderen", "juridisch", "luisteren-advies", "crisis",
)  # fmt: skip
_HEADS = (
    "partner", "kinder", "jeugd", "gezins", "crisis", "welzijns", "zorg", "opvang", "hulp",
    "steun", "advies", "vrouwen", "mannen", "ouder", "slachtoffer", "geweld", "verslavings",
    "rechts", "wijk", "buurt", "thuis", "school", "dag", "nacht", "vertrouwens", "onthaal",
)  # fmt: skip
_TAILS = (
    "centrum", "huis", "punt", "lijn", "team", "dienst", "netwerk", "hulp", "zorg", "opvang",
    "begeleiding", "werking", "steunpunt", "consult", "loket",
)  # fmt: skip
_TOWNS = (
    "Antwerpen", "Gent", "Brugge", "Leuven", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Genk",
    "Roeselare", "Turnhout", "Lier", "Geel", "Mol", "Boom", "Ninove", "Tielt", "Ieper", "Lokeren",
)  # fmt: skip
_WORDS = (
    "begeleiding", "ondersteuning", "gesprek", "advies", "ouders", "kinderen", "jongeren",
    "volwassenen", "veiligheid", "thuis", "opvoeding", "relatie", "geweld", "partner", "crisis",
    "anoniem", "gratis", "afspraak", "doorverwijzing", "hulpverlening", "welzijn", "gezin",
    "zwangerschap", "verslaving", "alcohol", "drugs", "juridisch", "advocaat", "slachtoffer",
    "meldpunt", "luisteren", "nacht", "weekend", "dringend", "mobiel", "ambulant", "residentieel",
)  # fmt: skip
_AGES = ((None, None), (None, 215), (216, None), (-9, 215), (-9, 36), (0, 155), (144, 299))


def _hours(rnd: random.Random) -> Hours | None:
    kind = rnd.random()
    if kind < 0.12:
        return None  # hours unknown
    if kind < 0.25:
        return Hours(always_open=True, closed_on_public_holidays=False)
    windows = []
    days = range(5) if kind < 0.85 else range(7)
    opens, closes = rnd.choice(((9, 12), (8, 12), (9, 13), (10, 12)))
    afternoon = rnd.choice(((13, 17), (13, 16), (14, 18), None))
    for day in days:
        windows.append(Window(day, time(opens), time(closes), "open"))
        if afternoon:
            windows.append(Window(day, time(afternoon[0]), time(afternoon[1]), "open"))
    if rnd.random() < 0.15:  # an evening walk-in that runs past midnight
        windows.append(Window(rnd.randrange(7), time(20), time(2), "walk_in"))
    exceptions = ()
    if rnd.random() < 0.1:
        from datetime import date

        exceptions = (DateException(date(2026, 12, 24), False, time(9), time(12), "kerstavond"),)
    return Hours(
        windows=tuple(windows),
        exceptions=exceptions,
        by_appointment=rnd.random() < 0.2,
        closed_on_public_holidays=rnd.random() < 0.9,
    )


def generate_drafts(count: int, seed: int = 2026) -> Iterator[ServiceDraft]:
    rnd = random.Random(seed)
    for number in range(count):
        head, tail, town = rnd.choice(_HEADS), rnd.choice(_TAILS), rnd.choice(_TOWNS)
        minimum, maximum = rnd.choice(_AGES)
        urgency = frozenset(
            level for level in ("acute", "crisis", "non_acute") if rnd.random() < 0.4
        ) or frozenset({"non_acute"})
        has_phone = rnd.random() < 0.85
        yield ServiceDraft(
            key=f"fictief-{number:06d}",
            name=f"{head.capitalize()}{tail} {town}",
            alternate_name=f"Fictief {number}",
            description=" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(12, 30))),
            professional_only=rnd.random() < 0.15,
            minimum_age_months=minimum,
            maximum_age_months=maximum,
            urgency=urgency,
            themes=frozenset(rnd.sample(THEMES, rnd.randint(1, 3))),
            keywords=tuple(rnd.sample(_WORDS, 3)),
            free_of_charge=rnd.choice((True, False, None)),
            phones=(PhoneDraft(f"+3232{number % 1_000_000:06d}", "Onthaal"),) if has_phone else (),
            locations=(LocationDraft(None, f"Fictieve straat {number}", "2000", town),),
            hours=_hours(rnd),
        )
