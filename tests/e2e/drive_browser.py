"""The browser side of the journeys: a Streamlit server on loopback, headless chromium helpers.

`Browser` holds what every page's steps need (wait for the app to be idle, find by the text the
user reads, screenshots, the sidebar progress); the page steps live in drive_<page>.py.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from i18n import translate  # noqa: E402
from tests.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

__all__ = [
    "CHROMIUM", "CHROMIUM_ARGS", "DESKTOP", "MAX_SHOT_BYTES", "PHONE", "Browser", "browser_page",
    "free_port", "loopback_only", "shrink_png", "streamlit_server", "t",
]  # fmt: skip

DESKTOP = {"width": 1280, "height": 720}
PHONE = {"width": 375, "height": 812}
MAX_SHOT_BYTES = 200_000
APP = '[data-testid="stApp"]'
# Streamlit's own e2e tests wait on this attribute; stale elements are those of the last run.
IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.dataset.testScriptState === 'notRunning'
    && app.dataset.testConnectionState === 'CONNECTED'
    && !document.querySelector('[data-stale="true"]');
}"""


def t(key: str, **values: object) -> str:
    """The Chinese UI text for key: the journey finds widgets by what the user reads."""
    return translate(key, "zh", **values)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def loopback_only() -> str:
    """Describe the network this process sees (inside `unshare -n`: loopback only)."""
    # /proc/net follows the reading process's namespace (/sys/class/net does not).
    lines = Path("/proc/net/dev").read_text().splitlines()[2:]
    return ",".join(sorted(line.split(":", 1)[0].strip() for line in lines))


@contextmanager
def streamlit_server(data_dir: Path, port: int, env: dict[str, str], log_path: Path):
    """Run `streamlit run app.py` on 127.0.0.1:port until the block ends."""
    environ = {
        **os.environ,
        "CS_DATA_DIR": str(data_dir),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        **env,
    }
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--server.fileWatcherType",
        "none",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=environ, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + 90
            url = f"http://127.0.0.1:{port}/_stcore/health"
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"streamlit exited with {process.returncode}")
                with suppress(OSError), urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError("streamlit did not answer within 90 s")
                time.sleep(0.3)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def browser_page(data_dir: Path, env: dict[str, str], log_path: Path, failure_shot: Path):
    """The app on a free port and a desktop Chromium page on it: yields (page, base_url).

    A step that raises leaves a full-page screenshot at `failure_shot`, then the error goes on.
    """
    from playwright.sync_api import sync_playwright

    with (
        streamlit_server(data_dir, free_port(), env, log_path) as base_url,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            context = browser.new_context(viewport=DESKTOP, locale="zh-CN", accept_downloads=True)
            page = context.new_page()
            page.set_default_timeout(60_000)
            try:
                yield page, base_url
            except Exception:
                with suppress(Exception):
                    page.screenshot(path=str(failure_shot), full_page=True)
                raise
        finally:
            browser.close()


def shrink_png(path: Path) -> None:
    """Keep committed screenshots small: re-encode to a 256-colour palette when too big."""
    if path.stat().st_size <= MAX_SHOT_BYTES:
        return
    from PIL import Image

    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    palette.save(path, optimize=True)


class Browser:
    """Drives one browser tab through the app; every step waits for the app to be idle.

    `result` is the journey's result: screenshots, progress, steps and seconds are written to it.
    """

    def __init__(self, page, base_url: str, result, shots: Path | None):
        self.page = page
        self.base_url = base_url
        self.result = result
        self.shots = shots

    def idle(self, timeout_s: float = 120) -> None:
        """Wait until Streamlit has finished the current run and nothing on screen is stale."""
        with suppress(Exception):  # a quick run may be over before we look
            self.page.wait_for_selector(f'{APP}[data-test-script-state="running"]', timeout=1500)
        self.page.wait_for_function(IDLE_JS, timeout=timeout_s * 1000, polling=200)
        self.page.wait_for_timeout(300)

    def see(self, text: str, timeout_s: float = 120) -> None:
        """Wait until text is visible in the main area."""
        main = self.page.locator('[data-testid="stMain"]')
        main.get_by_text(text, exact=False).first.wait_for(
            state="visible", timeout=timeout_s * 1000
        )

    def scroll_to(self, text: str) -> None:
        """Bring the heading with `text` to the top of the main area (for a telling screenshot)."""
        self.page.locator('[data-testid="stMain"]').get_by_text(text, exact=True).first.evaluate(
            "e => e.scrollIntoView({block: 'start'})"
        )
        self.page.wait_for_timeout(300)

    def shot(self, name: str) -> None:
        if self.shots is None:
            return
        self.idle()
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        shrink_png(path)
        self.result.screenshots.append(path.name)

    def nav(self, title_key: str) -> None:
        """Open a page from the sidebar navigation (keeps the session, unlike a reload)."""
        nav = self.page.locator('[data-testid="stSidebarNav"]')
        nav.get_by_role("link", name=t(title_key)).click()
        self.idle()
        heading = t("app.title") if title_key == "nav.home" else t(title_key)
        self.page.locator("h1").filter(has_text=heading).first.wait_for(timeout=60_000)

    def follow(self, stage: str, *, key: str = "journey.next") -> None:
        """Click the page's one next-step button (the only way the journey moves on)."""
        self.button(t(key, step=t(f"journey.stage.{stage}"))).click()
        self.idle()
        page_title = {
            "case": "nav.cases",
            "evidence": "nav.evidence",
            "facts": "nav.facts",
            "guidance": "nav.guidance",
            "draft": "nav.draft",
            "export": "nav.cases",
            "overview": "nav.dashboard",
        }[stage]
        self.page.locator("h1").filter(has_text=t(page_title)).first.wait_for(timeout=60_000)

    def record_progress(self) -> None:
        """The done count of the sidebar's progress bar ("进度 3/6")."""
        self.idle()
        sidebar = self.page.locator('[data-testid="stSidebar"]')
        text = sidebar.get_by_text(re.compile(r"进度 \d+/\d+")).first.inner_text()
        self.result.progress.append(int(re.search(r"进度 (\d+)/", text).group(1)))

    def button(self, label: str):
        return self.page.locator('[data-testid="stMain"]').get_by_role(
            "button", name=label, exact=True
        )

    def choose(self, label: str, option: str) -> None:
        """Pick an option in a Streamlit select box found by its label."""
        box = self.page.get_by_label(label, exact=True)
        if box.input_value() == option:
            return
        # A searchable combobox: typing opens the filtered list, then the option is clicked.
        box.click()
        box.fill(option)
        self.page.get_by_role("option", name=option, exact=True).click()
        self.idle()
        if box.input_value() != option:
            raise AssertionError(f"{label}: wanted {option!r}, got {box.input_value()!r}")

    def step(self, name: str, action: Callable[[], None]) -> None:
        started = time.perf_counter()
        action()
        self.result.seconds[name] = round(time.perf_counter() - started, 1)
        self.result.steps.append(name)
