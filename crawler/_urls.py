"""URL normalisation and the site a URL belongs to.

`normalize_url` lower-cases scheme and host, drops default ports, fragments and tracking parameters
(`utm_*`, `fbclid`, `gclid`, `mc_*` …), maps AMP variants to the regular page, and sorts nothing else: the
remaining query keeps its order. It is idempotent and never raises.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

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


def _strip_amp_path(path: str) -> str:
    # /amp/..., /.../amp, /....amp, /...amp.html
    path = re.sub(r"/amp(?=/|$)", "", path, count=1) if re.search(r"/amp(/|$)", path) else path
    path = re.sub(r"\.amp(\.html?)?$", r"\1", path)
    path = re.sub(r"/amp\.html?$", "/", path)
    return path or "/"


def normalize_url(url: str | None, *, strip_amp: bool = True) -> str | None:
    """The normal form of an http(s) URL, or None when `url` is not one."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            return None
        host = (parts.hostname or "").lower().rstrip(".")
        if not host:
            return None
        try:
            host = host.encode("idna").decode("ascii") if not host.isascii() else host
        except UnicodeError:
            pass
        port = parts.port
    except ValueError:
        return None
    if strip_amp and host.startswith("amp.") and host.count(".") >= 2:
        host = host[4:]
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" if port in (None, _DEFAULT_PORTS[scheme]) else f"[{host}]:{port}"
    path = parts.path or "/"
    path = quote(unquote(path), safe="/%:@!$&'()*+,;=~-._")
    path = re.sub(r"/{2,}", "/", path)
    if strip_amp:
        path = _strip_amp_path(path)
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        low = key.lower()
        if low.startswith(_TRACKING_PREFIXES) or low in _TRACKING_EXACT:
            continue
        if strip_amp and low in _AMP_FLAGS and value.lower() in _AMP_FLAGS[low]:
            continue
        query.append((key, value))
    q = urlencode(query, doseq=True, quote_via=quote, safe="/:@!$'()*,;~-._")
    return urlunsplit((scheme, netloc, path, q, ""))


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def site_of(url_or_host: str | None) -> str | None:
    """The registrable domain ("www.bbc.co.uk" -> "bbc.co.uk"): the last two labels, or three under a
    country's generic second level (co.uk, com.au, co.jp …)."""
    if not url_or_host:
        return None
    host = host_of(url_or_host) if "/" in url_or_host else url_or_host.lower().rstrip(".")
    if not host:
        return None
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
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
    """True for a site's front page (no path, or only an index file / language code)."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path = parts.path.strip("/")
    return path == "" or bool(re.fullmatch(r"(index\.\w+|[a-z]{2}(-[a-z]{2})?|home|news)", path, re.I)) \
        and not parts.query


def canonical_url(page_url: str | None, declared: list[str | None]) -> str | None:
    """The article's canonical URL: the first declared canonical (rel=canonical, og:url) that is absolute,
    on the same site as the page and not a homepage; otherwise the page URL. Normalised either way."""
    base = normalize_url(page_url) if page_url else None
    for candidate in declared:
        norm = normalize_url(candidate)
        if not norm:
            continue
        if base and not same_site(norm, base):
            continue
        if is_homepage(norm):
            continue
        return norm
    return base
