"""The top-level parser (``--db``, ``--lang``, ``--version``) and its commands, one module per
family. Each command's parser sets its ``handler`` (cli/common.py's ``Handler``)."""

from __future__ import annotations

import argparse

from ifg_desktop import __version__
from ifg_desktop.cli import admin, coordinator, files, search, terms
from ifg_desktop.cli.common import Parser
from ifg_desktop.i18n import LANGUAGES, translate


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="ifg-desktop",
        description=translate(
            "cli", "IFG-wegwijzer: waar verwijs je iemand naar bij intrafamiliaal geweld?"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("cli", "het versienummer tonen en stoppen"),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate(
            "cli",
            "databank: een SQLAlchemy-URL of een pad naar een SQLite-bestand "
            "(standaard: IFG_DESKTOP_DB, anders een bestand in de gebruikersmap)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help=translate(
            "cli",
            "de taal van de uitvoer en het venster: nl, en of fr (standaard: de taal van "
            "LC_ALL, LC_MESSAGES of LANG, anders nl)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    # In this order in the help.
    for family in (search, coordinator, files, terms, admin):
        family.add_commands(commands)
    return parser
