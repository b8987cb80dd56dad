"""Running Alembic on a test's database by hand, as an administrator would."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from ifg_desktop.paths import _PACKAGE


def alembic(engine_url: str, action: str, revision: str) -> None:
    """``alembic upgrade|downgrade REVISION`` on the database at ``engine_url``."""
    config = Config()
    config.set_main_option("script_location", str(_PACKAGE / "migrations"))
    engine = create_engine(engine_url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)
    engine.dispose()
