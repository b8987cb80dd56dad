"""A throwaway PostgreSQL server for the tests that need one (the shared-database setup).

Made with the server's own tools (``initdb``, ``pg_ctl``) in a temporary folder, listening on
a Unix socket only, and stopped at the end of the run. ``initdb`` refuses to run as root, so
as root (a CI machine) the server runs as the ``postgres`` user of Debian's packages.
``.ci/run`` installs those packages when they are missing; without them the tests that need
the server are skipped, and say so.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

USER = "ifg"
# A Unix socket only, no fsync: a server for tests.
SERVER_OPTIONS = "-k {socket} -c listen_addresses='' -c fsync=off -c full_page_writes=off"


def server_programs() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on the PATH, or Debian's newest version."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    return Path(versions[-1]).parent if versions else None


def _version(path: str) -> tuple[int, ...]:
    number = Path(path).parent.parent.name
    return tuple(int(part) for part in number.split(".") if part.isdigit())


@contextmanager
def running_server() -> Iterator[str]:
    """Start a server; yield the SQLAlchemy URL prefix of its databases (add a name)."""
    programs = server_programs()
    if programs is None:
        raise FileNotFoundError("initdb")
    folder = Path(tempfile.mkdtemp(prefix="ifg-postgres-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, socket = folder / "data", folder

    def run(*command: str) -> None:
        done = subprocess.run([*as_user, *command], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:  # say why, not only that it failed
            log = folder / "log"
            said = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr}{done.stdout}{said}")

    try:
        run(str(programs / "initdb"), "-D", str(data), "-U", USER, "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync")  # fmt: skip
        options = SERVER_OPTIONS.format(socket=socket)
        run(str(programs / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
            "-w", "start")  # fmt: skip
        yield f"postgresql+psycopg://{USER}@/{{name}}?host={socket}"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                [*as_user, str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(folder, ignore_errors=True)


class Server:
    """A server of a test's own (``running_server``'s URL), to stop and start again: other
    tests go on using the session's."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.socket = Path(parse_qs(urlsplit(url.format(name="x")).query)["host"][0])
        self.data = self.socket / "data"
        programs = server_programs()
        assert programs is not None
        self.pg_ctl = str(programs / "pg_ctl")
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _pg_ctl(self, *arguments: str) -> None:
        done = subprocess.run(
            [*self.as_user, self.pg_ctl, "-D", str(self.data), *arguments],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr + done.stdout

    def stop(self) -> None:
        """As a crash would: ``pg_ctl stop -m immediate``."""
        self._pg_ctl("-m", "immediate", "-w", "stop")

    def start(self) -> None:
        options = SERVER_OPTIONS.format(socket=self.socket)
        self._pg_ctl("-o", options, "-l", str(self.socket / "log"), "-w", "start")

    def admin(self, *statements: str) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url.format(name="postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()
