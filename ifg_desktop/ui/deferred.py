"""Modules of the rules that the window needs only once it shows services, loaded then.

Importing ``directory/`` costs about 45 ms at start (dataclasses, time zones, regular
expressions), and the window can be on screen without any of it: it needs the rules for its
first query, not to be drawn. ``ui/`` modules therefore take those modules from here,
``from ifg_desktop.ui.deferred import query``: module objects whose code runs at the first
use of one of their names (``importlib.util.LazyLoader``). Code that runs before the window
is shown must not use them; ``tests/ui/test_deferred.py`` checks that in a fresh interpreter.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import TYPE_CHECKING

__all__ = [
    "acute",
    "availability",
    "check",
    "checklist",
    "deferred",
    "describe",
    "guide",
    "is_loaded",
    "provenance",
    "query",
]


def deferred(name: str) -> types.ModuleType:
    """``name``'s module, loaded at its first attribute access (at once if already loaded)."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    package, _, child = name.rpartition(".")
    if package:
        setattr(sys.modules[package], child, module)
    return module


def is_loaded(name: str) -> bool:
    """Whether ``name``'s code has run (a deferred module that nobody used yet has not)."""
    return type(sys.modules.get(name)) is types.ModuleType


if TYPE_CHECKING:
    from ifg_desktop.directory import (
        acute,
        availability,
        check,
        checklist,
        describe,
        guide,
        provenance,
        query,
    )
else:
    acute = deferred("ifg_desktop.directory.acute")
    availability = deferred("ifg_desktop.directory.availability")
    check = deferred("ifg_desktop.directory.check")
    checklist = deferred("ifg_desktop.directory.checklist")
    describe = deferred("ifg_desktop.directory.describe")
    guide = deferred("ifg_desktop.directory.guide")
    provenance = deferred("ifg_desktop.directory.provenance")
    query = deferred("ifg_desktop.directory.query")
