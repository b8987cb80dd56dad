"""What can go wrong with an HSDS file or an import, as one sentence for the user (in the
language in use).

These are the environment's errors (a bad file, a file that cannot be written, a cancelled
import): the database is left exactly as it was. Anything else is a bug.
"""

from __future__ import annotations

from ifg_desktop.directory.text import printable
from ifg_desktop.i18n import translate


class HsdsProblem(Exception):
    """Base class; ``str(error)`` is a sentence for the user."""


class HsdsFileError(HsdsProblem):
    """The file cannot be read as HSDS 3.0 (or written); names the file, record and field."""

    def __init__(
        self, file: str, problem: str, *, record: str | None = None, field: str | None = None
    ) -> None:
        self.file = file
        self.problem = problem
        self.record = record
        self.field = field
        where = file
        if record:
            where += f", {record}"
        if field:
            where += ", " + translate("hsds", "veld {field}").format(field=field)
        # One line, whatever the file put in its ids and names, and nothing a terminal
        # would take for a command (ESC, BEL …) or could not print (a lone surrogate).
        super().__init__(printable(" ".join(f"{where}: {problem}".split())))


class Cancelled(HsdsProblem):
    """The user cancelled: nothing was written."""


class ImportCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__(translate("hsds", "Het importeren is geannuleerd; er is niets gewijzigd."))


class ExportCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__(
            translate("hsds", "Het exporteren is geannuleerd; er is geen bestand geschreven.")
        )


class PlanOutdated(HsdsProblem):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "hsds",
                "De databank is gewijzigd sinds het voorbeeld werd gemaakt (door iemand anders "
                "of een andere import): bekijk het voorbeeld opnieuw; er is niets gewijzigd.",
            )
        )
