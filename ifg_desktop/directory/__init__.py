"""The domain: queries, availability, checklist, import/export, editing, audit; no Qt.

A regular package (not a namespace one) so that tools that walk the package, such as the
import-contract check (``lint-imports``), see its modules.
"""
