"""Benchmarks of IFG-wegwijzer at the size of a region's social map. Run: ``python -m benchmarks``.

Every figure is a ratio against a baseline measured in the same run: this machine is shared
and noisy, so absolute times mean little. See benchmarks/README.md.
"""
