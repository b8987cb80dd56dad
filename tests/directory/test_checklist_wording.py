"""Every checklist item against the training deck's own wording (a table kept with it):
the shipped texts are these, and each quote is the deck's, word for word."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.checklist import load_items
from ifg_desktop.paths import shipped_folder

DECK = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "basisvorming-ifg.txt"

# (item key, the text shipped, the deck's words it says in ours). "eigen-angst" comes from
# the checklist's ground rules (reference/checklist.md: "the victim's own fear"), not a slide.
DECK_WORDING = (
    ("stalking", "Stalking", "Stalking"),
    (
        "doodsbedreiging",
        "Doodsbedreigingen tegen de partner of de kinderen, of dreigen met zelfdoding",
        "Doodsbedreiging (naar partner en kinderen alsook dreiging met suïcide)",
    ),
    ("wapens", "Bezit of gebruik van wapens", "Bezit en gebruik van wapens"),
    ("recent-geweld", "Recent gewelddadig gedrag", "Recent gewelddadig gedrag"),
    ("geweld-zwangerschap", "Geweld tijdens de zwangerschap", "Geweld tijdens de zwangerschap"),
    (
        "seks-zonder-toestemming",
        "Seks zonder wederzijdse toestemming",
        "Seks zonder wederzijdse toestemming",
    ),
    (
        "zorg-weigeren",
        "Noodzakelijke (medische) zorg wordt geweigerd",
        "Noodzakelijke (medische) zorg weigeren",
    ),
    ("wurging", "Wurging, verstikking of verdrinking", "Wurging, verstikking en verdrinking"),
    (
        "zwijgt-bij-partner",
        "De persoon zwijgt wanneer de partner in de buurt is",
        "Slachtoffer spreekt niet wanneer partner in de buurt is",
    ),
    (
        "escalatie",
        "Het geweld wordt frequenter en ernstiger",
        "Frequenter en ernstiger geweld (toenemend)",
    ),
    (
        "middelenmisbruik",
        "Misbruik van middelen, zoals alcohol, medicatie of drugs",
        "Middelenmisbruik (alcohol, medicatie, drugs,…)",
    ),
    (
        "psychiatrie",
        "Psychiatrische problemen",
        "Psychiatrische problematiek (bv borderline, narcistische persoonlijkheid)",
    ),
    (
        "kinderen-aanwezig",
        "Er zijn kinderen in huis of er is een kind op komst",
        "Aanwezigheid van kinderen",
    ),
    (
        "eergerelateerd",
        "Vermoeden van kans op eergerelateerd geweld",
        "Vermoeden van kans op eergerelateerd geweld",
    ),
    ("eigen-angst", "De persoon is zelf bang voor (ernstiger) geweld", ""),
    (
        "steunend-netwerk",
        "Er is een ondersteunend sociaal netwerk",
        "een ondersteunend sociaal netwerk",
    ),
    (
        "sociale-controle",
        "Het netwerk houdt een oogje in het zeil (sociale controle)",
        "sociale controle door het netwerk",
    ),
    (
        "buren-weten-het",
        "De buren zijn op de hoogte van de situatie",
        "buren zijn op de hoogte van de situatie",
    ),
    (
        "opvolging-aanvaarden",
        "De betrokkenen zijn bereid om (opnieuw) opvolging toe te laten",
        "personen zijn bereid om (terug) opvolging  toe te laten",
    ),
    (
        "lopende-procedure",
        "Er lopen justitiële procedures die effect hebben op het geweld",
        "er zijn lopende justitiële procedures die effect hebben op het geweld",
    ),
    (
        "hulp-psychisch-verslaving",
        "Er is bereidheid om opvolging te aanvaarden voor psychische kwetsbaarheid of verslaving",
        "bereidheid om opvolging toe te laten mbt psychische kwetsbaarheid/verslaving",
    ),
    (
        "band-kind-volwassene",
        "Er is betrokkenheid en steun voor het kind, bv. een band met een zorgende volwassene "
        "buiten het gezin",
        "Betrokkenheid en steun voor het kind bvb door een affectieve band met een zorgende "
        "volwassene buiten het gezin  (meter, nonkel, juf, zorgcoördinator,...)",
    ),
    (
        "verdedigt-partner",
        "Verdedigt de partner, de ouder of het familielid",
        "Verdedigt de partner/ouder/ familielid",
    ),
    (
        "doet-alsof-niets",
        "Doet alsof er niets aan de hand is",
        "Doet alsof er niets aan de hand is",
    ),
    (
        "anders-bij-partner",
        "Gedraagt zich opvallend anders wanneer de partner erbij is",
        "Gedraagt zich opvallend anders als de partner erbij is",
    ),
    (
        "plots-andere-mening",
        "Is plots religieus of heeft plots een andere, sterkere mening",
        "Wordt plotseling religieus of heeft opeens een andere, sterkere mening",
    ),
    (
        "druk-of-stil",
        "Is plots overdreven druk of juist overdreven rustig",
        "Plotseling overdreven druk of net overdreven rustig",
    ),
    (
        "laag-zelfbeeld",
        "Heeft een laag zelfbeeld of zegt negatieve dingen over zichzelf",
        "Laag zelfbeeld, vindt zichtzelf niets waard of zegt negatieve dingen over zichzelf",
    ),
    (
        "altijd-bereikbaar",
        "Moet altijd bereikbaar zijn voor de partner",
        "Moet altijd bereikbaar zijn voor de partner",
    ),
    (
        "plots-bang",
        "Is zonder duidelijke reden plots bang, boos, verward of depressief",
        "Zonder duidelijke oorzaak plotseling bang, boos, verward of depressief",
    ),
    (
        "minder-contact",
        "Heeft plots minder contact met vrienden of familie",
        "Plotseling minder contact met vrienden of familie",
    ),
    (
        "ontwijkt-vragen",
        "Ontwijkt vragen of antwoordt vaag",
        "Ontwijkt vragen of geeft onduidelijke antwoorden",
    ),
    (
        "zegt-af",
        "Zegt afspraken op het laatste moment af of komt niet opdagen",
        "Zegt afspraken op laatste moment af of komt niet opdagen",
    ),
    ("geen-oogcontact", "Maakt geen oogcontact", "Maakt geen oogcontact"),
    (
        "schrikt-bij-aanraking",
        "Schrikt bij een aanraking",
        "Schrikreactie als zij wordt aangeraakt",
    ),
    (
        "moeilijk-alleen",
        "Is moeilijk alleen te spreken",
        "Het is lastig om de slachtoffers alleen te spreken",
    ),
    (
        "onverklaarde-letsels",
        "Kan verwondingen of kapotte spullen niet verklaren",
        "Kan geen verklaring geven voor verwondingen of kapotte spullen",
    ),
    (
        "financieel-afhankelijk",
        "Heeft geen eigen geld, heeft schulden of is financieel afhankelijk van de partner",
        "Geen eigen financiële middelen, heeft schulden of is afhankelijk van de partner hiervoor",
    ),
    (
        "huisarts-medicatie",
        "Gaat vaker naar de huisarts of gebruikt (meer) slaap- of pijnmiddelen",
        "Gaat vaker naar de huisarts, gebruikt (meer) slaapmiddelen of pijnstillers",
    ),
    (
        "gebruikt-middelen",
        "Gebruikt verdovende middelen, zoals alcohol of drugs",
        "Gebruikt verdovende middelen zoals alcohol of drugs",
    ),
    (
        "huishouden",
        "Doet veel, of net niets, in het huishouden",
        "Doet veel (of net niets) in het huishouden",
    ),
)


def test_the_shipped_texts_are_the_table_s(database: Database) -> None:
    shipped = json.loads((shipped_folder("seed_data") / "checklist.json").read_text("utf-8"))
    expected = [(key, text) for key, text, _quote in DECK_WORDING]
    assert [(item["key"], item["text"]) for item in shipped["items"]] == expected
    assert [(item.key, item.text) for item in load_items(database)] == expected


def _words(text: str) -> str:
    return " ".join(re.sub(r"[•\-–]+\s*", " ", text).split()).lower()


def test_every_quote_is_the_deck_s_own_words() -> None:
    if not DECK.is_file():
        pytest.skip("../shared/reference is not beside the repository")
    deck = _words(DECK.read_text(encoding="utf-8"))
    missing = [key for key, _text, quote in DECK_WORDING if quote and _words(quote) not in deck]
    assert missing == []
