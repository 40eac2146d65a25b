"""Imported once by the extraction fork server (see `_pool`): the extraction stack and its models, loaded before
workers are forked so every worker shares them."""

from selectolax.lexbor import LexborHTMLParser as _lexbor  # noqa: F401  (re-parsing a page as browsers nest it)

from . import _extract  # (lxml, trafilatura, htmldate, the clutter rules)

# the language model, the line patterns (built and compiled on first use otherwise: in each worker), jusText's stop
# words and the profiles' selectors; an invalid profile is reported by the crawl itself, with its file and key
_extract.preload()

import gc as _gc

_gc.collect()
_gc.freeze()
