"""Open Referral HSDS 3.0: importing and exporting the directory (no Qt).

- ``plan_import`` / ``apply_import``: the dry run and the atomic import (importer.py);
- ``export_directory``: JSON or the tabular form (exporter.py);
- ``service_document`` / ``read_service``: one service, both ways (service_export.py,
  service_import.py; field_readers.py reads the values, schedules.py the hours);
- our extensions travel as attributes of our own taxonomy (vocabulary.py, README.md);
- the search vocabulary travels as terms of a taxonomy of ours (search_terms.py).
"""

from ifg_desktop.directory.hsds.errors import (
    Cancelled,
    ExportCancelled,
    HsdsFileError,
    HsdsProblem,
    ImportCancelled,
    PlanOutdated,
)
from ifg_desktop.directory.hsds.exporter import export_directory, export_format
from ifg_desktop.directory.hsds.files import CSV, FORMATS, JSON, detect_format
from ifg_desktop.directory.hsds.importer import (
    ACTION_LABELS,
    Action,
    ImportPlan,
    ImportResult,
    PlannedChange,
    PlannedService,
    PlannedTerm,
    action_label,
    apply_import,
    plan_import,
)
from ifg_desktop.directory.hsds.progress import Cancel, Phase, Progress, phase_label

__all__ = [
    "ACTION_LABELS",
    "CSV",
    "FORMATS",
    "JSON",
    "Action",
    "Cancel",
    "Cancelled",
    "ExportCancelled",
    "HsdsFileError",
    "HsdsProblem",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "Phase",
    "PlanOutdated",
    "PlannedChange",
    "PlannedService",
    "PlannedTerm",
    "Progress",
    "action_label",
    "apply_import",
    "detect_format",
    "export_directory",
    "export_format",
    "phase_label",
    "plan_import",
]
