"""Coordinator mode: unlocking, the service editor, history, worklist, archive.

The one entry point for the main window is ``install_coordinator``.
"""

from ifg_desktop.ui.coordinator.controller import CoordinatorController, install_coordinator

__all__ = ["CoordinatorController", "install_coordinator"]
