"""The command line: a thin face over directory/, for coordinators, scripts and tests.

Exit status: 0 success, 1 the environment said no (the database or a file: one line on
stderr, no traceback), 2 a usage error (an argument or its value), 3 nothing has that key.

``run.py`` is ``main``; ``parser.py`` the top-level parser; one module per command family
(``search``: find, show; ``coordinator``: check, audit, reset-coordinator-password; ``files``:
import, export, backup, restore; ``terms``; ``admin``), each adding its commands with the
handler that runs them; ``common.py`` what they share; ``messages.py`` argparse in the user's
language and output that cannot drive the terminal. A family's heavy imports happen inside
its handler, so ``find`` loads no more than it needs.
"""

from __future__ import annotations

from ifg_desktop.cli.run import asked_language, main

__all__ = ["asked_language", "main"]
