"""``ifg-desktop --lang``: the command line in English or French, Dutch by default."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ifg_desktop import i18n
from ifg_desktop.cli import asked_language, main
from ifg_desktop.languages import environment_language, shipped_code, use_on_command_line


@pytest.fixture(autouse=True)
def _dutch_afterwards() -> Iterator[None]:
    yield
    from ifg_desktop.cli.messages import speak_language

    i18n.install(i18n.SOURCE_LANGUAGE, None)
    speak_language()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


FIND = ("find", "vluchthuis", "--open-at", "2026-12-01T10:00")


def test_find_speaks_dutch_by_default(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(db_path), *FIND)
    assert code == 0
    assert out.splitlines()[0].split() == ["SLEUTEL", "DIENST", "LEEFTIJD", "TELEFOON", "NU"]
    assert out.rstrip().endswith("dienst(en)")
    assert err.startswith("Leidraad: ")
    assert i18n.current_language() == "nl"


@pytest.mark.parametrize(
    ("language", "heading", "count", "guide"),
    [
        ("en", ["KEY", "SERVICE", "AGE", "PHONE", "NOW"], "service(s)", "Guide: "),
        ("fr", ["CLÉ", "SERVICE", "ÂGE", "TÉLÉPHONE", "MAINTENANT"], "service(s)", "Guide : "),
    ],
)
def test_find_in_another_language(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    language: str,
    heading: list[str],
    count: str,
    guide: str,
) -> None:
    code, out, err = run(capsys, "--lang", language, "--db", str(db_path), *FIND)
    assert code == 0
    assert out.splitlines()[0].split() == heading
    assert out.rstrip().endswith(count) and "dienst(en)" not in out
    assert err.startswith(guide)
    assert "(aan te vullen)" not in out


@pytest.mark.parametrize(
    ("language", "said"),
    [("nl", "geen dienst met sleutel"), ("en", "no service with key"), ("fr", "aucun service")],
)
def test_messages_follow_the_language(
    capsys: pytest.CaptureFixture[str], db_path: Path, language: str, said: str
) -> None:
    code, _, err = run(capsys, f"--lang={language}", "--db", str(db_path), "show", "nothing-here")
    assert code == 3
    assert said in err


def test_json_is_the_same_in_every_language(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    shown = {}
    for language in ("nl", "fr"):  # the CKG's hours are unknown: "onbekend" every day
        code, out, _ = run(capsys, "--lang", language, "--db", str(db_path), "show", "--format",
                           "json", "ckg")  # fmt: skip
        assert code == 0
        shown[language] = json.loads(out)
    assert shown["fr"] == shown["nl"]
    assert shown["fr"]["hours"]["maandag"] == "onbekend"
    assert i18n.current_language() == "fr"  # Dutch only while the JSON was made


@pytest.mark.parametrize(
    ("language", "themes"),
    [("nl", "Thema's: Partnergeweld, Crisis"),
     ("fr", "Thèmes : Violence conjugale, Crise")],
)  # fmt: skip
def test_shipped_themes_are_shown_in_the_language_and_stay_dutch_in_json(
    capsys: pytest.CaptureFixture[str], db_path: Path, language: str, themes: str
) -> None:
    code, out, _ = run(capsys, "--lang", language, "--db", str(db_path), "show", "politie")
    assert code == 0
    assert themes in out.splitlines()
    code, out, _ = run(capsys, "--lang", language, "--db", str(db_path), "show", "--format",
                       "json", "politie")  # fmt: skip
    assert json.loads(out)["themes"] == ["partnergeweld", "crisis"]


@pytest.mark.parametrize(
    ("language", "usage", "error"),
    [("nl", "gebruik:", "fout: argument --urgency: ongeldige keuze"),
     ("en", "usage:", "error: argument --urgency: invalid choice"),
     ("fr", "utilisation :", "erreur : argument --urgency : choix invalide")],
)  # fmt: skip
def test_argparse_speaks_the_language_too(
    capsys: pytest.CaptureFixture[str], language: str, usage: str, error: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--lang", language, "find", "--urgency", "soon"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(usage)
    assert error in err


def test_help_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert "show the version number and exit" in out
    assert "het versienummer" not in out


def test_the_environment_chooses_when_lang_is_not_given(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    code, out, _ = run(capsys, "--db", str(db_path), *FIND)
    assert code == 0 and out.startswith("CLÉ")
    monkeypatch.setenv("LC_ALL", "C")  # stronger than LANG, and not shipped: Dutch
    code, out, _ = run(capsys, "--db", str(db_path), *FIND)
    assert code == 0 and out.startswith("SLEUTEL")


def test_which_language() -> None:
    assert asked_language(["--db", "x.sqlite3", "--lang", "en", "find"]) == "en"
    assert asked_language(["--lang=fr", "find"]) == "fr"
    assert asked_language(["find", "--lang", "en"]) is None  # a command's own argument
    assert asked_language(["--lang", "de"]) is None
    assert shipped_code("fr_BE.UTF-8") == "fr" and shipped_code("en-GB") == "en"
    assert shipped_code("C") is None and shipped_code("POSIX") is None
    assert environment_language({"LANG": "en_US.UTF-8"}) == "en"
    assert environment_language({"LC_MESSAGES": "fr_FR", "LANG": "en_GB"}) == "fr"
    assert environment_language({"LC_ALL": "de_DE.UTF-8", "LANG": "en_GB"}) == "nl"
    assert environment_language({}, system=()) == "nl"


def test_language_list_first_as_gnu_gettext() -> None:
    """LANGUAGE (a list, most wanted first) wins over LANG, as the window's
    QLocale.system().uiLanguages() has it; not with the C locale."""
    assert environment_language({"LANGUAGE": "de:fr:en", "LANG": "en_GB.UTF-8"}) == "fr"
    assert environment_language({"LANGUAGE": "en_GB", "LC_ALL": "fr_BE.UTF-8"}) == "en"
    assert environment_language({"LANGUAGE": "de", "LANG": "fr_BE.UTF-8"}) == "fr"
    assert environment_language({"LANGUAGE": "fr", "LANG": "C.UTF-8"}, system=("en",)) == "nl"
    assert environment_language({"LANGUAGE": "", "LANG": "nl_BE.UTF-8"}) == "nl"


def test_without_locale_variables_the_system_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows sets none of them: the system's languages, as the window takes them."""
    assert environment_language({}, system=("de-DE", "fr-BE", "en-GB")) == "fr"
    assert environment_language({}, system=("de-DE",)) == "nl"
    import PySide6.QtCore

    class SystemInFrench:
        @staticmethod
        def system() -> SystemInFrench:
            return SystemInFrench()

        def uiLanguages(self) -> list[str]:
            return ["de-DE", "fr-BE"]

    monkeypatch.setattr(PySide6.QtCore, "QLocale", SystemInFrench)
    assert environment_language({}) == "fr"
    assert environment_language({"LANG": "en_GB.UTF-8"}) == "en"


def test_dutch_for_a_while_only_in_the_thread_that_asks() -> None:
    """An export in the window's worker thread writes Dutch; the window keeps its language."""
    import threading

    use_on_command_line("fr")
    seen: list[str] = []
    inside, go_on = threading.Event(), threading.Event()

    def export() -> None:
        with i18n.in_source_language():
            seen.append(i18n.translate("cli", "Leidraad: {titles}"))
            inside.set()
            go_on.wait(5)

    worker = threading.Thread(target=export)
    worker.start()
    assert inside.wait(5)
    assert i18n.current_language() == "fr"  # the main thread, meanwhile
    assert i18n.translate("cli", "Leidraad: {titles}") == "Guide : {titles}"
    go_on.set()
    worker.join(5)
    assert seen == ["Leidraad: {titles}"]
