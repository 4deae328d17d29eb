"""Canonical URLs: one spelling per page, so reposts of the same link are recognised.

The same article reaches an inbox as `https://Example.org:443/world/story/?utm_source=rss#top`
and `https://example.org/world/story`; both canonicalise to the second form.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that identify the click, campaign or referrer, never the page.
TRACKING_PARAMETERS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "igshid", "igsh", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referer", "referrer",
    "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "spm", "cmpid", "ocid", "icid", "ncid",
    "s_cid", "sr_share", "smid", "at_medium", "at_campaign", "xtor", "guccounter",
    "guce_referrer", "guce_referrer_sig",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__twitter", "oly_", "vero_")
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def is_tracking_parameter(name: str) -> bool:
    key = unquote_plus(name).strip().lower()
    return key in TRACKING_PARAMETERS or key.startswith(TRACKING_PREFIXES)


def canonical_url(url: str | None) -> str | None:
    """The canonical form of an absolute http(s) URL, or None when `url` is not one.

    Lower-cased scheme and host, no user info, no default port, no fragment, no tracking
    parameters (utm_*, fbclid, gclid, ref, ...), remaining parameters sorted, percent escapes
    in upper case, and no trailing slash except for the bare root path ("/").
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        host = parts.hostname  # lower-cased, without user info and port
        port = parts.port
    except ValueError:  # e.g. a port that is not a number, a bad IPv6 literal
        return None
    if scheme not in DEFAULT_PORTS or not host:
        return None
    host = host.rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _PERCENT_ESCAPE.sub(lambda m: m.group(0).upper(), parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    kept = sorted(
        pair for pair in parts.query.split("&")
        if pair and not is_tracking_parameter(pair.split("=", 1)[0])
    )
    return urlunsplit((scheme, netloc, path, "&".join(kept), ""))
