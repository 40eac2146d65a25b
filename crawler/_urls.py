"""URL normalisation and the site a URL belongs to.

`normalize_url` lower-cases scheme and host, drops default ports, fragments and tracking parameters
(`utm_*`, `fbclid`, `gclid`, `mc_*` …), maps AMP variants to the regular page, and sorts nothing else: the
remaining query keeps its order. It is idempotent and never raises.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote, unquote_plus, urljoin, urlsplit, urlunsplit

_TRACKING_EXACT = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mkt_tok", "_hsenc", "_hsmi",
        "ref_src", "ref_url", "cmpid", "icid", "ncid", "ocid", "smid", "smtyp", "sr_share", "s_cid",
        "__twitter_impression", "taid", "wt.mc_id", "wt_mc_id", "guccounter", "guce_referrer", "guce_referrer_sig",
        "spm", "xtor", "trk", "sc_cid", "piano_t", "ftag", "emc", "cshid", "s_kwcid", "ito",
    }
)
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "oly_", "vero_", "ns_", "at_")
_AMP_FLAGS = {"amp": {"", "1", "true", "yes"}, "outputtype": {"amp"}, "output": {"amp"}, "format": {"amp"}}
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "ne", "or", "go", "gr", "ltd", "plc",
                           "nic", "mil", "nom", "sch", "lg", "ed", "gob", "in", "res"})


_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = frozenset("/:@!$&'()*+,;=")
_QUERY_SAFE = frozenset("/:@!$'()*+,;=?")
_HEX = frozenset("0123456789abcdefABCDEF")
_HOST = re.compile(r"[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*")


def _escape(text: str, safe: frozenset[str]) -> str:
    """One spelling for each URL component (RFC 3986 6.2.2): escapes of unreserved characters decoded, other
    escapes upper-cased and kept (an escaped "/" or "&" is not the same URL as a plain one), everything else
    that may not appear as is percent-encoded as UTF-8."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "%" and i + 2 < n and text[i + 1] in _HEX and text[i + 2] in _HEX:
            ch = chr(int(text[i + 1:i + 3], 16))
            out.append(ch if ch in _UNRESERVED else "%" + text[i + 1:i + 3].upper())
            i += 3
            continue
        if c in _UNRESERVED or c in safe:
            out.append(c)
        else:
            out.append(quote(c, safe="", encoding="utf-8", errors="surrogatepass"))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4: "/a/./b/../c" -> "/a/c"."""
    if "." not in path:
        return path
    segments = path.split("/")
    out: list[str] = []
    for seg in segments[1:]:
        if seg == ".":
            continue
        if seg == "..":
            if out:
                out.pop()
            continue
        out.append(seg)
    if segments[-1] in (".", ".."):
        out.append("")
    return "/" + "/".join(out)


def _strip_amp_path(path: str) -> str:
    # /amp/..., /.../amp, /....amp, /...amp.html; repeated until nothing changes, so that the result is stable
    while True:
        before = path
        path = re.sub(r"/amp(?=/|$)", "", path)
        path = re.sub(r"\.amp(\.html?)?$", r"\1", path)
        path = re.sub(r"/amp\.html?$", "/", path)
        path = path or "/"
        if path == before:
            return path


def _host(hostname: str) -> str | None:
    host = hostname.lower().rstrip(".")
    if not host:
        return None
    if ":" in host:  # IPv6 literal
        try:
            return str(ipaddress.IPv6Address(host.split("%")[0]))
        except ValueError:
            return None
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return host if _HOST.fullmatch(host) else None


def normalize_url(url: str | None, *, strip_amp: bool = True) -> str | None:
    """The normal form of an http(s) URL, or None when `url` is not one."""
    if not url or not isinstance(url, str):
        return None
    return _normalized(url, strip_amp)


@lru_cache(maxsize=8192)  # a page, and a crawl, normalize the same URLs several times
def _normalized(url: str, strip_amp: bool) -> str | None:
    url = url.strip()
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            return None
        host = _host(parts.hostname or "")
        port = parts.port
    except ValueError:
        return None
    if not host:
        return None
    if strip_amp and host.startswith("amp.") and site_of(host) != host:
        host = host[4:]
    shown = f"[{host}]" if ":" in host else host
    netloc = shown if port in (None, _DEFAULT_PORTS[scheme]) else f"{shown}:{port}"
    path = _escape(parts.path or "/", _PATH_SAFE)
    path = re.sub(r"/{2,}", "/", path)
    path = _remove_dot_segments(path)
    if strip_amp:
        path = _strip_amp_path(path)
    query = []
    for piece in parts.query.split("&"):
        if not piece:
            continue
        raw_key, _, raw_value = piece.partition("=")
        key, value = unquote_plus(raw_key).strip().lower(), unquote_plus(raw_value).strip().lower()
        if key.startswith(_TRACKING_PREFIXES) or key in _TRACKING_EXACT:
            continue
        if strip_amp and key in _AMP_FLAGS and value in _AMP_FLAGS[key]:
            continue
        query.append(_escape(piece, _QUERY_SAFE))
    return urlunsplit((scheme, netloc, path, "&".join(query), ""))


def host_of(url: str | None) -> str | None:
    if not url or not isinstance(url, str):
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def points_into(target: str, site: str | None) -> bool:
    """Whether a link target, as the page wrote it, points into `site` (the page's registrable domain): a relative
    one does, an absolute one when its host is of that site."""
    if not target.startswith(("http://", "https://", "//")):
        return True
    return site is not None and site_of(target) == site


def site_of(url_or_host: str | None) -> str | None:
    """The registrable domain ("www.bbc.co.uk" -> "bbc.co.uk"): the last two labels, or three under a
    country's generic second level (co.uk, com.au, co.jp …). Accepts a URL, a host, or a host with a path or
    port."""
    if not url_or_host or not isinstance(url_or_host, str):
        return None
    return _site(url_or_host)


@lru_cache(maxsize=8192)
def _site(url_or_host: str) -> str | None:
    text = url_or_host.strip()
    if re.fullmatch(r"\[?[0-9a-fA-F:]*:[0-9a-fA-F:.]*\]?", text):
        return text.strip("[]").lower()
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    host = host_of(text)
    if not host:
        return None
    if re.fullmatch(r"[\d.]+|[0-9a-f:]+", host):
        return host
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def same_site(a: str | None, b: str | None) -> bool:
    sa, sb = site_of(a), site_of(b)
    return bool(sa and sa == sb)


def is_homepage(url: str | None) -> bool:
    """True for a site's front page: no path (or only an index file, a language code, "home" or "news") and no
    query. "https://example.com/?p=123" is an article, not the front page."""
    if not url:
        return False
    norm = normalize_url(url, strip_amp=False) or url
    try:
        parts = urlsplit(norm)
    except ValueError:
        return False
    if parts.query:
        return False
    path = parts.path.strip("/")
    return path == "" or bool(re.fullmatch(r"(index\.\w+|[a-z]{2}(-[a-z]{2})?|home|news)", path, re.I))


def _segments(url: str) -> list[str]:
    return [s for s in urlsplit(url).path.split("/") if s]


def _names_no_story(segment: str) -> bool:
    """A path segment that reads as a section's name ("world", "middle-east", "index.html"), not as a story's
    slug or id ("rail-strike-ends-after-talks", "12345", "a1b2c3"): no digit and fewer than three hyphens (the
    line `_discover` draws between article and section links)."""
    return not any(ch.isdigit() for ch in segment) and segment.count("-") < 3


def listing_canonical(canonical: str, page_urls: Iterable[str]) -> bool:
    """Whether the canonical a page declares is evidently not its story's address but a listing page's.

    A common CMS bug points every story's rel=canonical (or og:url) at its section page ("/world/") or at the
    home page: trusted, it would file every story of the section in one row, each over the last as a new
    "version". A canonical other than the page's own addresses (`page_urls`) is a listing when
      - it is the site's home page, or
      - its path is shallower (fewer segments) than an address the page was fetched at, its last segment names
        no story (`_names_no_story`: "/world/", "/news/politics") and it has no query (which may identify the
        story: "/article.php?id=123").
    A shorter address that names a story is trusted: a site that moved "/news/2025/03/10/rail-strike-ends-
    after-talks" to "/rail-strike-ends-after-talks" declares the new one, and "/article/12345" drops the slug
    of "/article/12345/rail-strike". A wrong canonical the address cannot betray (as deep as the page, or a
    slug) is caught when it would merge two different texts: see `SQLiteStore._find_row`."""
    pages = [u for u in page_urls if u and u != canonical]
    if not pages:
        return False
    if is_homepage(canonical):
        return True
    if urlsplit(canonical).query:
        return False
    segments = _segments(canonical)
    if segments and not _names_no_story(segments[-1]):
        return False
    return any(len(_segments(page)) > len(segments) for page in pages)


def canonical_url(page_url: str | None, declared: list[str | None]) -> str | None:
    """The article's canonical URL: the first declared canonical (rel=canonical, og:url) that is on the same
    site as the page and not a listing page above it (the home page, a section: `listing_canonical`, the rule the
    store keys articles by); a root-relative one is read against the page URL. Otherwise the page URL.
    Normalised either way."""
    base = normalize_url(page_url) if page_url else None
    for candidate in declared:
        if not candidate or not isinstance(candidate, str):
            continue
        candidate = candidate.strip()
        if base and candidate.startswith("/") and not re.search(r"\s", candidate):
            # root-relative ("/news/a") or scheme-relative ("//www.example.com/news/a")
            try:
                candidate = urljoin(base, candidate)
            except ValueError:
                continue
        norm = normalize_url(candidate)
        if not norm:
            continue
        if base and not same_site(norm, base):
            continue
        if is_homepage(norm) or (base and listing_canonical(norm, [base])):
            continue
        return norm
    return base


#: a link to a site's home page: "/", "./", "/index.html", "https://www.example.com/"
_HOME_HREF = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?(?:/|\./|/index\.\w{2,5})?$", re.I)


def is_home_link(href: str) -> bool:
    """Whether a link's target (as written) is a site's home page: "/", "./", "/index.html", "https://example.com/"."""
    return _HOME_HREF.match(href.strip()) is not None
