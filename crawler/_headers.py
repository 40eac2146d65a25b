"""What may be sent in an HTTP header: checked where settings are made (FetchSettings, crawl.toml, site profiles),
so a value httpx cannot send is a clear error up front, not an exception from inside a fetch."""

from __future__ import annotations

import re

#: a header name: an HTTP token (RFC 9110)
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def header_value_problem(value: object) -> str | None:
    """Why `value` cannot be sent as an HTTP header value (the User-Agent's included), or None. httpx sends
    header values as ASCII; CR or LF would end the header and start another."""
    if not isinstance(value, str):
        return f"must be a string, not {type(value).__name__}"
    for i, ch in enumerate(value):
        if ch in "\r\n":
            return "must be one line (it holds a line break)"
        if ch != "\t" and (ch < " " or ch == "\x7f"):
            return f"holds a control character (U+{ord(ch):04X})"
        if ch > "\x7f":
            return f"must be ASCII, as HTTP headers are ({ch!r} at position {i} is not)"
    return None


def header_name_problem(name: object) -> str | None:
    """Why `name` cannot be an HTTP header's name, or None."""
    if not isinstance(name, str):
        return f"a header name must be a string, not {type(name).__name__}"
    if not _HEADER_NAME.fullmatch(name):
        return f"{name!r} is not a header name"
    return None


def headers_problem(headers: object) -> str | None:
    """Why `headers` ({name: value}) cannot be sent, or None."""
    if not isinstance(headers, dict):
        return f"must be a dict of header names to values, not {type(headers).__name__}"
    for name, value in headers.items():
        problem = header_name_problem(name)
        if problem is None and (problem := header_value_problem(value)) is not None:
            problem = f"{name}: {problem}"
        if problem is not None:
            return problem
    return None
