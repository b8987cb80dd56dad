"""IFG-wegwijzer: where to refer someone affected by intrafamilial violence, in seconds."""

__version__ = "0.1.0"
