"""Where the shipped data folders are: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped_folder(name: str) -> Path:
    """``resources`` or ``seed_data``: in the wheel they sit inside the package (see
    pyproject.toml, force-include); in a source checkout, beside it."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"shipped folder {name!r} not found beside {_PACKAGE}")
