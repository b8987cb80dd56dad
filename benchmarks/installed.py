"""The environment of a child process that runs as an installed application does."""

from __future__ import annotations

import os
from pathlib import Path


def installed_environment(folder: Path, **extra: str) -> dict[str, str]:
    """This process's environment, with the modules compiled as an installer would.

    PYTHONDONTWRITEBYTECODE, set on some machines, would make every child compile the
    application's modules again (a plain sqlite3 baseline compiles none). The compiled
    files go under ``folder`` (PYTHONPYCACHEPREFIX), never into the source tree; the caller
    runs one child first, not counted, to write them."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    environment.update(extra)
    return environment
