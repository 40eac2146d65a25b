"""Imported once by the extraction fork server (see `_pool`): the extraction stack and its models, loaded before
workers are forked so every worker shares them."""

from selectolax.lexbor import LexborHTMLParser as _lexbor  # noqa: F401  (re-parsing a page as browsers nest it)

from . import _extract  # noqa: F401  (lxml, trafilatura, htmldate, the clutter rules)
from ._clutter import compile_line_patterns as _compile_line_patterns
from ._traf import preload as _preload_generic
from ._language import _identifier
from .profiles import default_registry

_identifier()
_preload_generic()
_compile_line_patterns()  # the line patterns, built and compiled on first use otherwise: in each worker
try:
    default_registry().compile_all()
except Exception:  # an invalid profile is reported by the crawl itself, with its file and key
    pass

import gc as _gc

_gc.collect()
_gc.freeze()
