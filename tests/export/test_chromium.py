"""The HTML page in a real headless Chromium (Debian package ``chromium``).

Chromium's ``--dump-dom`` returns the DOM after the page's script ran. Opening the page with a
URL fragment ``#event-N`` makes the script do what a click on (or Enter at) event N does:
open its detail panel. A second run clicks a card from a test script injected into a copy
of the page, proving the click handler itself. Skipped, with the reason, without chromium.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export.export_builders import HOSTILE, build_timeline

from timeline_app.services.publishing import export_timeline, load_published
from timeline_app.storage import Archive

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium); HTML not tested in a browser"
)


def _dump_dom(url: str, profile: Path) -> str:
    assert CHROMIUM is not None
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--virtual-time-budget=3000", "--dump-dom", url],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_fragment_opens_detail_and_hostile_text_stays_text(archive: Archive, tmp_path: Path) -> None:
    timeline = build_timeline(archive, hostile=True)
    page = export_timeline(archive, timeline, "html", tmp_path / "page.html")
    published = load_published(archive, timeline)
    treaty = next(e for e in published.entries if e.title == HOSTILE)
    dom = _dump_dom(f"{page.as_uri()}#{treaty.anchor}", tmp_path / "profile")
    assert 'data-ready="1"' in dom  # the script ran to its end
    detail = re.search(r'<aside class="tl-detail"[^>]*>(.*?)</aside>', dom, re.S)
    assert detail is not None and " hidden" not in detail.group(0)[:200]
    assert "&lt;img src=x onerror=alert(1)&gt;" in detail.group(1)  # shown as text
    assert "<img" not in dom and "alert(2)</script>" not in dom
    assert "<blockquote>" in detail.group(1) and 'href="https://news.example/tunnel?a=1&amp;b=2"' in detail.group(1)
    assert dom.count('class="card"') >= 8  # the visual timeline drew its cards
    assert 'aria-expanded="true"' in dom


def test_click_on_a_card_opens_its_detail(archive: Archive, tmp_path: Path) -> None:
    timeline = build_timeline(archive)
    page = export_timeline(archive, timeline, "html", tmp_path / "page.html")
    clicker = (
        "document.querySelector('.card').click();"
        "document.body.setAttribute('data-opened', document.getElementById('tl-detail').hidden ? 'no' : 'yes');"
        "document.body.setAttribute('data-title', document.getElementById('tl-detail-title').textContent);"
    )
    probe = tmp_path / "probe.html"
    # The page's policy runs only scripts it knows by hash: the probe adds its own hash.
    text = _with_script(page.read_text(encoding="utf-8"), clicker, allowed=True)
    probe.write_text(text, encoding="utf-8")
    dom = _dump_dom(probe.as_uri(), tmp_path / "profile")
    assert 'data-opened="yes"' in dom
    assert 'data-title="First talks on a freight link"' in dom


def _with_script(page: str, script: str, *, allowed: bool) -> str:
    import base64
    import hashlib

    if allowed:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        page = page.replace("script-src '", f"script-src 'sha256-{digest}' '", 1)
    return page.replace("</body>", f"<script>{script}</script></body>")


def test_the_policy_blocks_scripts_and_styles_the_page_did_not_bring(archive: Archive, tmp_path: Path) -> None:
    timeline = build_timeline(archive)
    page = export_timeline(archive, timeline, "html", tmp_path / "page.html").read_text(encoding="utf-8")
    assert "unsafe-inline" not in page and " style=" not in page
    injected = page.replace("<main ", '<p id="styled" style="position:fixed;top:0;left:0;width:100%;height:100%"></p><main ', 1)
    injected = _with_script(
        injected,
        "document.body.setAttribute('data-injected', getComputedStyle(document.getElementById('styled')).position);",
        allowed=False,
    )
    injected = _with_script(
        injected,
        "document.body.setAttribute('data-style', getComputedStyle(document.getElementById('styled')).position);",
        allowed=True,
    )
    probe = tmp_path / "probe.html"
    probe.write_text(injected, encoding="utf-8")
    dom = _dump_dom(probe.as_uri(), tmp_path / "profile")
    assert 'data-ready="1"' in dom  # the page's own script still runs
    assert 'data-injected="' not in dom  # a script without the page's hash does not
    assert 'data-style="static"' in dom  # an injected style attribute is not applied
