"""hosting/_headers (Netlify) and hosting/nginx-security-headers.conf ask for the same
headers, and their Content-Security-Policy is the one every page carries."""

from __future__ import annotations

import re
from pathlib import Path

from harness import read_netlify_headers
from helpers import REPO
from project import HOSTING_HEADERS
from signpost_checks import csp_without_frame_ancestors

NGINX = REPO / "hosting" / "nginx-security-headers.conf"
THEME_MAIN = REPO / "hooks" / "signpost" / "theme" / "main.html"


def nginx_headers(path: Path) -> dict[str, str]:
    found = re.findall(r'^add_header\s+(\S+)\s+"([^"]*)"\s+always;', path.read_text(), re.M)
    return dict(found)


def test_netlify_and_nginx_send_the_same_headers() -> None:
    netlify = read_netlify_headers(HOSTING_HEADERS)
    assert netlify == nginx_headers(NGINX)
    assert netlify["Referrer-Policy"] == "no-referrer"
    assert netlify["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in netlify["Content-Security-Policy"]
    for name in ("Permissions-Policy", "X-Frame-Options", "Strict-Transport-Security"):
        assert netlify[name]


def test_the_theme_carries_the_same_policy() -> None:
    policy = read_netlify_headers(HOSTING_HEADERS)["Content-Security-Policy"]
    theme = re.search(r'signpost_csp = "([^"]*)"', THEME_MAIN.read_text())
    assert theme and theme.group(1) == csp_without_frame_ancestors(policy)
    # Nothing but this site, ever: no host names, no wildcards, no inline code.
    assert not re.search(r"https?:|\*|unsafe-inline|unsafe-eval", policy)
