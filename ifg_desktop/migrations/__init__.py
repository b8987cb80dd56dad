"""Alembic migrations, shipped inside the package.

``SCHEMA_REVISION`` is the head revision, kept here so that opening an up-to-date database
costs one query and no Alembic import (tests/db/test_migrations.py checks it is the head).
"""

SCHEMA_REVISION = "0011"
KNOWN_REVISIONS = frozenset(
    {"0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011"}
)
