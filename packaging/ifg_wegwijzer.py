"""The bundle's program (PyInstaller's script): the same as ``ifg-desktop``, plus a hidden
``--smoke-test`` that CI uses to check a built bundle (ifg_desktop/ui/smoke.py)."""

from __future__ import annotations

import sys


def run() -> int:
    if sys.argv[1:2] == ["--smoke-test"]:
        from ifg_desktop.ui.smoke import main as smoke_test

        return smoke_test(sys.argv[2:])
    from ifg_desktop.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
