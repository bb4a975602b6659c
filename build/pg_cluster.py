"""A throwaway PostgreSQL cluster for the test suite: start it, run a command, stop it.

    python build/pg_cluster.py run [--require] -- .venv/bin/pytest -q

``initdb`` makes a cluster in a new temporary folder, ``pg_ctl`` starts it on a free loopback
port (and a Unix socket in that folder) with durability off (a test cluster needs no fsync),
the command runs with ``TIMELINE_APP_TEST_PG`` set to the superuser's address, and the cluster
is stopped and its folder removed afterwards, whatever the command's outcome (also on Ctrl+C
or SIGTERM). PostgreSQL refuses to run as root, so as root the server runs as the ``postgres``
user (Debian's ``postgresql`` package makes it). Without the server programs the command runs
without a cluster (the PostgreSQL tests then skip, saying why) unless ``--require`` is given.
Exit code: the command's.
"""

from __future__ import annotations

import argparse
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ENV = "TIMELINE_APP_TEST_PG"
REQUIRE_ENV = "TIMELINE_APP_REQUIRE_PG"
SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "listen_addresses": "127.0.0.1",
    "log_min_messages": "warning",
}


def server_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (PostgreSQL 15 or newer), if installed."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        if int(Path(folder).parent.name) >= 15 and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One temporary cluster; :meth:`start` then :meth:`stop`."""

    def __init__(self, bindir: Path, folder: Path | None = None) -> None:
        self.bindir = bindir
        self.keep = folder is not None  # a given folder (a benchmark's archive) outlives the server
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder or Path(tempfile.mkdtemp(prefix="timeline-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user: str | None = None
        if os.geteuid() == 0:
            self.user = "postgres"
            owner = pwd.getpwnam(self.user)
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        os.chmod(self.folder, 0o700)

    def _run(self, *argv: str) -> None:
        command = [str(self.bindir / argv[0]), *argv[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command] if shutil.which("runuser") else [
                "su", "-s", "/bin/sh", self.user, "-c", " ".join(_quoted(part) for part in command)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd="/")

    @property
    def url(self) -> str:
        """The superuser's address on the loopback port."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        """initdb (unless the folder holds a cluster) and start the server; returns once it accepts connections."""
        if not (self.data / "PG_VERSION").exists():
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
        options = " ".join(f"-c {name}={value}" for name, value in
                           {**SETTINGS, "port": str(self.port), "unix_socket_directories": str(self.folder)}.items())
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options, "-w",
                  "-t", "60", "start")

    def stop(self) -> None:
        """Stop the server and remove its folder (immediately: nothing in it is kept; a kept folder: cleanly)."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast" if self.keep else "immediate", "-w", "stop")
        finally:
            if not self.keep:
                shutil.rmtree(self.folder, ignore_errors=True)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def run(command: list[str], *, require: bool) -> int:
    """Run ``command`` with a cluster started for it (see the module docstring)."""
    bindir = server_bin()
    if bindir is None:
        if require:
            print("pg_cluster: PostgreSQL server programs not found; install Debian's postgresql package "
                  "(build/install-system-deps.sh does)", file=sys.stderr)
            return 1
        print("pg_cluster: no PostgreSQL server here; the PostgreSQL tests will be skipped", file=sys.stderr)
        return subprocess.call(command)
    cluster = Cluster(bindir)

    def stop_on_signal(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(signum)

    signal.signal(signal.SIGTERM, stop_on_signal)
    try:
        cluster.start()
        env = {**os.environ, ENV: cluster.url, REQUIRE_ENV: "1"}
        return subprocess.call(command, env=env)
    except subprocess.CalledProcessError as exc:
        log = cluster.folder / "server.log"
        print(f"pg_cluster: could not start PostgreSQL ({exc})", file=sys.stderr)
        if log.exists():
            print(log.read_text(errors="replace")[-2000:], file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        cluster.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", required=True)
    p = actions.add_parser("run", help="start a cluster, run COMMAND with TIMELINE_APP_TEST_PG set, stop it")
    p.add_argument("--require", action="store_true", help="fail when PostgreSQL is not installed")
    p.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    return run(command, require=args.require)


if __name__ == "__main__":
    sys.exit(main())
