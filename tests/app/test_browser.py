"""The app in a real browser: Debian's headless Chromium driven by Playwright.

Starts ``streamlit run app/streamlit_app.py`` on a free port against a store
built from the sample graph, then opens every page, picks a practice and sees
its regions and evidence, compares two regions, and checks that nothing is
fetched from outside this machine.  Screenshots go to test-artifacts/.

Without Chromium the tests skip locally, but FAIL when CI=true.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.app.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PAGES = ("overview", "practice", "compare", "peers", "network", "reader", "search")


def _chromium() -> str | None:
    for c in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or ""):
        if c and os.path.exists(c):
            return c
    return None


def _missing(why: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run in CI: {why} (install it: apt-get install -y chromium fonts-noto-cjk)")
    pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(store_path):
    port = _free_port()
    env = dict(os.environ, UKG_STORE="embedded", UKG_STORE_PATH=str(store_path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app" / "streamlit_app.py"),
         "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode() if proc.stdout else "streamlit exited")
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError("streamlit did not start within 60 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    if exe is None:
        _missing("Chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    pg = ctx.new_page()
    pg.outside: list[str] = []  # type: ignore[attr-defined]
    host = server.split("//", 1)[1]

    def route(r):
        u = r.request.url
        if u.startswith(("data:", "blob:")) or u.split("//", 1)[-1].startswith(host):
            return r.continue_()
        pg.outside.append(u)  # type: ignore[attr-defined]
        return r.abort()

    pg.route("**/*", route)
    yield pg
    ctx.close()
    assert pg.outside == [], f"the app fetched from outside this machine: {pg.outside[:5]}"  # type: ignore[attr-defined]


def _settle(pg, ms: int = 600) -> None:
    """Wait until Streamlit has finished running the script (its status widget is gone)."""
    pg.wait_for_selector("[data-testid=stApp]", timeout=30000)
    pg.wait_for_timeout(300)
    for _ in range(120):
        if not pg.locator("[data-testid=stStatusWidget]").is_visible():
            break
        pg.wait_for_timeout(250)
    pg.wait_for_timeout(ms)


def _wait_text(pg, text: str, timeout_s: float = 30) -> str:
    """The page's text once it contains ``text`` (fails with the text it had)."""
    body = ""
    for _ in range(int(timeout_s * 4)):
        body = pg.inner_text("body")
        if text in body:
            return body
        pg.wait_for_timeout(250)
    raise AssertionError(f"{text!r} never appeared; the page said: {body[:2000]}")


def _shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _no_exception(pg) -> None:
    errs = pg.locator("[data-testid=stException]").all_inner_texts()
    assert not errs, errs


def _pick(pg, widget, text: str) -> None:
    """Type into a Streamlit select/multiselect and take the first match."""
    widget.locator("input").first.click()
    pg.keyboard.type(text)
    pg.wait_for_timeout(400)
    pg.keyboard.press("Enter")
    _settle(pg)


@pytest.mark.parametrize("name", PAGES)
def test_every_page_opens(page, server, name):
    page.goto(f"{server}/{name}")
    page.wait_for_selector("h2", timeout=30000)  # the page header
    _settle(page, 1000)
    _no_exception(page)
    if name in ("overview", "practice", "compare", "network"):
        page.wait_for_selector("canvas", timeout=15000)  # the ECharts chart drew, offline
    _shot(page, f"page-{name}")


def test_pick_practice_shows_regions_and_evidence(page, server):
    page.goto(f"{server}/practice")
    _settle(page)
    _pick(page, page.locator("[data-testid=stSelectbox]").first, "会站家一体化")
    # the table is drawn on a canvas: check its regions through the evidence list
    body = _wait_text(page, "淮北市总工会推进会站家一体化建设，建成会站家一体化阵地96家。")
    for union in ("淮北市总工会", "遵义市总工会", "铜仁市总工会"):
        assert union in body
    _shot(page, "practice-huizhanjia")
    # the evidence link opens the report reader at that sentence
    page.locator("a", has_text="阅读原文").first.click()
    _settle(page)
    assert "/reader" in page.url
    page.wait_for_selector(".ukg-hl", timeout=30000)
    assert page.locator(".ukg-hl").count() >= 1 and page.locator(".ukg-ent").count() >= 1
    _shot(page, "reader-from-evidence")


def test_compare_two_regions(page, server):
    page.goto(f"{server}/compare")
    _settle(page)
    ms = page.locator("[data-testid=stMultiSelect]").first
    _wait_text(page, "↔")  # the default pair is compared
    remove = ms.locator("button[aria-label^='Remove']")
    for _ in range(20):  # drop the default picks, one at a time
        n = remove.count()
        if n == 0:
            break
        remove.first.click()
        for _ in range(40):
            if remove.count() < n:
                break
            page.wait_for_timeout(250)
        _settle(page, 300)
    assert remove.count() == 0
    _wait_text(page, "请至少选择两个地区")
    _pick(page, ms, "淮北")
    _pick(page, ms, "遵义")
    page.keyboard.press("Escape")
    body = _wait_text(page, "淮北市 ↔ 遵义市")
    assert "职工书屋" in body
    _shot(page, "compare-huaibei-zunyi")


def test_english_toggle(page, server):
    page.goto(f"{server}/peers?region=region%3A340600")
    _settle(page)
    _wait_text(page, "建成劳模工匠创新工作室30个。")  # a peer's evidence for a recommendation
    page.locator("[data-testid=stSidebar] [data-testid=stCheckbox], [data-testid=stSidebar] label").filter(
        has_text="English").first.click()
    _settle(page)
    _wait_text(page, "Peers & recommendations")
    _shot(page, "peers-english")
