"""Run the `crawl` command inside the test process, as a user would see it from a shell.

Starting a Python process for every command costs about a second and a half of imports, and the command tests
run hundreds of commands. `run()` gives what `subprocess.run([sys.executable, "-m", "crawler.cli", ...])` gives
- the exit code, stdout and stderr as text - from the same click command called in this process:

* an unexpected exception exits 1 with its traceback on stderr, as the interpreter prints it;
* log records of WARNING and above reach stderr as bare messages, as through `logging.lastResort` in a fresh
  process (pytest's own capturing handlers are set aside meanwhile);
* warnings are filtered as in a fresh interpreter (DeprecationWarning, ImportWarning and ResourceWarning hidden)
  and printed on stderr;
* the working directory, when given, is the command's for the time of the call.

Tests of the process itself - the console script, signals, `python -m`, `--version` - keep a real subprocess.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from click.testing import CliRunner

from crawler.cli import main

ARGV0 = [sys.executable, "-m", "crawler.cli"]
#: the name click gives itself when started as `python -m crawler.cli` (its usage lines print it)
PROG_NAME = "python -m crawler.cli"


@contextmanager
def _fresh_logging() -> Iterator[None]:
    """The root logger as a new process has it: no handlers, level WARNING, so records reach logging.lastResort,
    which writes to whatever sys.stderr is at the time (the runner's)."""
    root = logging.getLogger()
    handlers, level, disabled = root.handlers[:], root.level, logging.root.manager.disable
    for handler in handlers:
        root.removeHandler(handler)
    root.setLevel(logging.WARNING)
    logging.disable(logging.NOTSET)  # (a test may have turned logging off: a new process has it on)
    try:
        yield
    finally:
        logging.disable(disabled)
        for handler in root.handlers[:]:
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


@contextmanager
def _fresh_warnings() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.simplefilter("default")
        for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
            warnings.simplefilter("ignore", category)

        def show(message, category, filename, lineno, file=None, line=None):  # type: ignore[no-untyped-def]
            sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))

        warnings.showwarning = show
        yield


@contextmanager
def _cwd(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def run(*args: str, input: bytes | str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`crawl ARGS...` in this process: a CompletedProcess with the exit code, stdout and stderr."""
    runner = CliRunner()
    text = input.decode() if isinstance(input, bytes) else input
    with _cwd(cwd), _fresh_logging(), _fresh_warnings():
        result = runner.invoke(main, list(args), input=text, prog_name=PROG_NAME, catch_exceptions=True)
    code, stderr = result.exit_code, result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        assert result.exc_info is not None
        stderr += "".join(traceback.format_exception(*result.exc_info))
        code = 1
    return subprocess.CompletedProcess(ARGV0 + list(args), code, result.stdout, stderr)
