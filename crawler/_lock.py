"""One `crawl run` per database at a time: an advisory lock on `<db>.lock`.

The lock is an OS file lock (flock): it dies with its process, so a run killed with SIGKILL never leaves a
stale lock behind. The file records the holder's pid and start time for the message a second run prints.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


class LockedError(RuntimeError):
    """Another run holds the lock."""


class RunLock:
    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._fd: int | None = None

    def holder(self) -> str:
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return "another process"
        return text or "another process"

    def held(self) -> bool | None:
        """Whether a process holds the lock now; None when that cannot be told (no lock file: the database was
        never crawled by `crawl run`, or under another name). Probed with a shared lock taken and dropped at once,
        never waited for."""
        if fcntl is None:  # pragma: no cover
            return None
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return None
        finally:
            os.close(fd)  # drops the probe's lock with it
        return False

    def acquire(self, wait: bool = False, timeout: float | None = None) -> None:
        """Take the lock; raises LockedError when another run holds it (after `timeout` when waiting)."""
        if fcntl is None:  # pragma: no cover
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait or (deadline is not None and time.monotonic() >= deadline):
                    holder = self.holder()
                    os.close(fd)
                    raise LockedError(f"another crawl run is using this database ({holder})") from None
                time.sleep(0.2)
        self._fd = fd
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:  # who holds the lock, for the message of a second run: nice to have, not needed (disk full)
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()}, started {started}\n".encode())
        except OSError:
            pass

    def release(self) -> None:
        if self._fd is not None and fcntl is not None:
            try:
                os.ftruncate(self._fd, 0)
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> "RunLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (PermissionError): it exists
        return True
    return True


def run_in_progress(db_path: str | Path, pid: int | None) -> bool:
    """Whether a run that `runs` still says is running (its process `pid`) really is: its process exists and the
    database's run lock is held. A run killed with SIGKILL (or by a power cut) never records its end; its
    process is gone, and its lock went with it (another process may have its pid by now)."""
    if not pid or not _process_exists(int(pid)):
        return False
    return RunLock(db_path).held() is not False
