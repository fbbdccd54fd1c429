"""The borrower's whole journey in a real browser: Streamlit server + headless chromium.

Usable as a library (`run_journey`) and as a script, so the same journey can run inside a
network namespace (`unshare -n python tests/e2e/journey_driver.py …`) where neither the
server nor the browser can reach anything but their own loopback.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Callable
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "tests"))

from i18n import translate  # noqa: E402
from tests.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

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
SEARCH_QUERY = "亲友一直接到催收电话，我该怎么办"


def t(key: str, **values: object) -> str:
    """The Chinese UI text for key: the journey finds widgets by what the user reads."""
    return translate(key, "zh", **values)


@dataclass
class JourneyResult:
    """What the journey saw; the tests assert on it."""

    ok: bool = False
    steps: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    screenshots: list[str] = field(default_factory=list)
    downloads: dict[str, int] = field(default_factory=dict)
    corrected_line: str = ""
    platform_draft: str = ""
    police_draft: str = ""
    search_hits: int = 0
    roles_saved: str = ""  # the message after confirming the numbers' roles
    dossier_pages: int = 0
    tab_presses: int = 0
    progress: list[int] = field(default_factory=list)  # sidebar progress after each stage
    step_one_offers_a_case: bool = False
    kind_after_switch: list[str] = field(default_factory=list)  # the chosen document, en then zh
    evidence_count: int = 0
    cases_left: int = -1
    network: str = ""
    error: str = ""
    server_log: str = ""


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


def shrink_png(path: Path) -> None:
    """Keep committed screenshots small: re-encode to a 256-colour palette when too big."""
    if path.stat().st_size <= MAX_SHOT_BYTES:
        return
    from PIL import Image

    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    palette.save(path, optimize=True)


class Journey:
    """Drives one browser tab through the app; every step waits for the app to be idle."""

    def __init__(self, page, base_url: str, result: JourneyResult, shots: Path | None):
        self.page = page
        self.base_url = base_url
        self.result = result
        self.shots = shots

    # --- helpers ------------------------------------------------------------------------------

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
        import re

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

    # --- the journey --------------------------------------------------------------------------

    def home(self) -> None:
        self.page.goto(self.base_url)
        self.page.locator("h1").first.wait_for(timeout=60_000)
        self.see(t("home.first_step"))
        self.idle(timeout_s=240)  # the doctor loads both models on first visit
        self.see(t("home.status_title"))
        self.shot("01-home")

    def create_case(self, title: str) -> None:
        self.follow("case", key="journey.continue")
        self.page.get_by_label(t("cases.create_name"), exact=True).fill(title)
        self.button(t("cases.create_button")).click()
        self.idle()
        self.see(t("cases.created", title=title))
        self.record_progress()

    def upload_and_read(self, files: list[Path]) -> None:
        self.follow("evidence")
        self.page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            [str(path) for path in files]
        )
        self.idle()
        read = self.button(t("evidence.read_button"))
        read.wait_for()
        self.page.wait_for_function(
            "label => [...document.querySelectorAll('button')].some("
            "b => b.innerText.trim() === label && !b.disabled)",
            arg=t("evidence.read_button"),
            timeout=60_000,
        )
        read.click()
        self.idle(timeout_s=240)
        self.see(t("evidence.list_title", count=len(files)), timeout_s=240)
        self.page.get_by_label(t("evidence.text_label"), exact=True).nth(len(files) - 1).wait_for()
        self.result.evidence_count = self.page.get_by_label(
            t("evidence.text_label"), exact=True
        ).count()

    def correct_one_word(self, truth_lines: list[str]) -> None:
        """Fix an OCR misread in the first screenshot's text, as a user would, and save it."""
        area = self.page.get_by_label(t("evidence.text_label"), exact=True).first
        lines = area.input_value().split("\n")
        index, fixed = pick_correction(lines, truth_lines)
        lines[index] = fixed
        area.fill("\n".join(lines))
        area.press("Control+Enter")  # commit the value before the save click
        self.idle()
        self.button(t("evidence.save")).first.click()
        self.idle()
        self.see(t("evidence.saved", id="E1"))
        self.see(t("evidence.corrected").strip())
        saved = self.page.get_by_label(t("evidence.text_label"), exact=True).first.input_value()
        if fixed not in saved.split("\n"):
            raise AssertionError(f"correction not kept: {saved[:80]!r}")
        self.result.corrected_line = fixed

    def confirm_facts(self) -> None:
        self.button(t("evidence.merge_button")).click()
        self.idle()
        self.page.locator('[data-testid="stAlertContentSuccess"]').last.wait_for()
        self.scroll_to(t("evidence.list_title", count=self.result.evidence_count))
        self.shot("03-evidence")
        self.record_progress()

    def review_facts(self) -> None:
        self.follow("facts")
        self.see(t("facts.section.threats"))
        self.shot("09-facts")
        self.button(t("facts.save_all")).click()
        self.idle()
        self.see(t("facts.saved", done=8, total=8))
        self.record_progress()

    def confirm_roles(self) -> None:
        """Confirm the guessed roles of the numbers in the evidence; the facts update."""
        self.scroll_to(t("evidence.numbers_title"))
        self.button(t("evidence.numbers_save")).click()
        self.idle()
        prefix = t("evidence.numbers_saved", collectors="\0", calls="\0", messages="\0")
        self.see(prefix.split("\0")[0])
        success = self.page.locator('[data-testid="stMain"] [data-testid="stAlertContentSuccess"]')
        self.result.roles_saved = success.first.inner_text()

    def download_dossier(self, downloads: Path) -> Path:
        """Build the printable dossier on the Cases page and download it."""
        self.nav("nav.cases")
        self.button(t("cases.dossier_prepare")).click()
        self.idle(timeout_s=180)
        button = (
            self.page.locator('[data-testid="stDownloadButton"]')
            .filter(has_text="_dossier.pdf")
            .locator("button")
        )
        with self.page.expect_download(timeout=60_000) as info:
            button.click()
        target = downloads / info.value.suggested_filename
        info.value.save_as(str(target))
        data = target.read_bytes()
        if not data.startswith(b"%PDF"):
            raise AssertionError(f"the dossier is not a PDF: {data[:20]!r}")
        self.result.downloads["dossier"] = len(data)
        self.result.dossier_pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
        return target

    def search_guidance(self) -> None:
        self.follow("guidance")
        box = self.page.get_by_label(t("guidance.query"), exact=True)
        box.fill(SEARCH_QUERY)
        box.press("Enter")
        self.idle(timeout_s=240)  # a fresh data dir builds the index here
        results = self.page.locator("h4")
        results.first.wait_for(timeout=240_000)
        self.result.search_hits = results.count()
        self.shot("04-guidance")
        self.record_progress()

    def draft(self, kind: str, backend: str, shot: str) -> str:
        if not self.page.locator("h1").filter(has_text=t("nav.draft")).count():
            self.follow("draft")
        self.choose(t("draft.kind_label"), t(f"draft.kind.{kind}"))
        choice = self.page.get_by_role("radiogroup", name=t("draft.backend_label"))
        if choice.count():  # the page offers the configured backend and the template
            choice.get_by_text(t(f"draft.backend_option.{backend}"), exact=True).click()
            self.idle()
        self.button(t("draft.generate")).click()
        # The local model on a CPU shared with other work can take minutes.
        self.idle(timeout_s=600)
        area = self.page.get_by_label(t("draft.edit_label"), exact=True)
        area.wait_for(timeout=600_000)
        self.see(t("draft.checks_title"))
        self.scroll_to(t("draft.checks_title"))
        self.shot(shot)
        self.record_progress()
        return area.input_value()

    def switch_language_keeps_the_document(self) -> None:
        """On the 起草 page, English and back: the chosen document stays chosen."""
        box = self.page.get_by_label(t("draft.kind_label"), exact=True)
        self.page.get_by_text("English", exact=True).click()
        self.idle()
        self.page.locator("h1").filter(has_text=translate("nav.draft", "en")).first.wait_for()
        english = self.page.get_by_label(translate("draft.kind_label", "en"), exact=True)
        self.result.kind_after_switch.append(english.input_value())
        self.page.get_by_text("简体中文", exact=True).click()
        self.idle()
        self.page.locator("h1").filter(has_text=t("nav.draft")).first.wait_for()
        self.result.kind_after_switch.append(box.input_value())

    def download(self, fmt: str, downloads: Path) -> Path:
        if not self.page.locator("h1").filter(has_text=t("nav.cases")).count():
            self.follow("export")
        self.choose(t("cases.export_format"), t(f"cases.format.{fmt}"))
        self.button(t("cases.export_prepare")).click()
        self.idle()
        button = self.page.locator('[data-testid="stDownloadButton"] button').first
        with self.page.expect_download(timeout=60_000) as info:
            button.click()
        target = downloads / info.value.suggested_filename
        info.value.save_as(str(target))
        self.result.downloads[fmt] = target.stat().st_size
        self.record_progress()
        return target

    def dashboard(self) -> None:
        self.record_progress()
        self.follow("overview")
        self.shot("07-dashboard")

    def delete_case(self, title: str) -> None:
        self.nav("nav.cases")
        self.shot("02-cases")
        self.page.get_by_text(t("cases.delete_title"), exact=True).click()
        self.page.wait_for_timeout(500)  # let the expander open before ticking inside it
        delete = self.button(t("cases.delete_button"))
        for _ in range(3):  # a tick that races a rerun is lost: tick again
            self.page.get_by_text(t("cases.delete_confirm", title=title), exact=True).click()
            self.idle()
            if delete.is_enabled():
                break
        delete.click()
        self.idle()
        self.see(t("cases.deleted"))
        self.see(t("cases.none"))

    def keyboard(self) -> None:
        """From the home page, Tab reaches the first step's link and Enter opens it."""
        self.nav("nav.home")
        target = t("home.open_step")
        presses = 0
        while presses < 80:
            self.page.keyboard.press("Tab")
            presses += 1
            focused = self.page.evaluate("() => document.activeElement?.innerText?.trim() ?? ''")
            if focused.endswith(target):
                break
        else:
            raise AssertionError("Tab never reached the first step's link")
        self.result.tab_presses = presses
        self.page.keyboard.press("Enter")
        self.idle()
        self.page.locator("h1").filter(has_text=t("nav.evidence")).first.wait_for()
        # No case is left: step 1 offers to create one right there, not a dead end.
        self.see(t("journey.create_here"))
        self.result.step_one_offers_a_case = True

    def phone_and_english(self) -> None:
        self.nav("nav.home")
        self.page.set_viewport_size(PHONE)
        self.page.wait_for_timeout(800)
        self.shot("08-home-phone")
        self.page.set_viewport_size(DESKTOP)
        self.page.wait_for_timeout(500)
        self.page.get_by_text("English", exact=True).click()
        self.idle()
        self.page.locator("h1").filter(has_text="ContactShield").first.wait_for(timeout=60_000)


def pick_correction(lines: list[str], truth_lines: list[str]) -> tuple[int, str]:
    """The OCR line closest to (but not equal to) a true line, and that true line."""
    from synthetic_screens import edit_distance

    best = (99, 0, truth_lines[0])
    for index, line in enumerate(lines):
        for truth in truth_lines:
            distance = edit_distance(line.strip(), truth)
            if 0 < distance < best[0] and distance <= max(1, len(truth) // 5):
                best = (distance, index, truth)
    return best[1], best[2]


def check_docx(path: Path, case_title: str) -> None:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    if case_title not in xml and "证据" not in xml:
        raise AssertionError("the DOCX holds neither the case title nor an evidence list")


def run_journey(
    *,
    data_dir: Path,
    screens: list[Path],
    truth_lines: list[str],
    work_dir: Path,
    shots_dir: Path | None = None,
    index_from: Path | None = None,
    env: dict[str, str] | None = None,
) -> JourneyResult:
    """Walk the whole journey once; never raises, the result says what happened."""
    from playwright.sync_api import sync_playwright

    result = JourneyResult(network=loopback_only())
    data_dir.mkdir(parents=True, exist_ok=True)
    if index_from is not None and index_from.is_dir():
        shutil.copytree(index_from, data_dir / "index", dirs_exist_ok=True)
    downloads = work_dir / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    if shots_dir is not None:
        shots_dir.mkdir(parents=True, exist_ok=True)
    log_path = work_dir / "streamlit.log"
    title = "李某 · 极速贷"
    started = time.perf_counter()
    try:
        with (
            streamlit_server(data_dir, free_port(), env or {}, log_path) as base_url,
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            try:
                context = browser.new_context(
                    viewport=DESKTOP, locale="zh-CN", accept_downloads=True
                )
                page = context.new_page()
                page.set_default_timeout(60_000)
                journey = Journey(page, base_url, result, shots_dir)
                journey.step("home", journey.home)
                journey.step("create_case", lambda: journey.create_case(title))
                journey.step("upload_ocr", lambda: journey.upload_and_read(screens))
                journey.step("correct", lambda: journey.correct_one_word(truth_lines))
                journey.step("confirm_facts", journey.confirm_facts)
                journey.step("confirm_roles", journey.confirm_roles)
                journey.step("review_facts", journey.review_facts)
                journey.step("search", journey.search_guidance)

                def platform() -> None:
                    result.platform_draft = journey.draft("platform", "llama", "05-draft-platform")

                def police() -> None:
                    result.police_draft = journey.draft("police", "template", "06-draft-police")

                journey.step("draft_platform_llama", platform)
                journey.step("draft_police_template", police)
                journey.step("language_switch", journey.switch_language_keeps_the_document)
                journey.step(
                    "download_docx",
                    lambda: check_docx(journey.download("docx", downloads), title),
                )
                journey.step("download_evidence_csv", lambda: journey.download("csv", downloads))
                journey.step("download_dossier", lambda: journey.download_dossier(downloads))
                journey.step("dashboard", journey.dashboard)
                journey.step("delete_case", lambda: journey.delete_case(title))
                journey.step("keyboard", journey.keyboard)
                journey.step("phone_and_english", journey.phone_and_english)
                result.ok = True
            except Exception as error:
                result.error = f"{type(error).__name__}: {error}"
                with suppress(Exception):
                    page.screenshot(path=str(work_dir / "failure.png"), full_page=True)
            finally:
                browser.close()
    except Exception as error:
        result.error = result.error or f"{type(error).__name__}: {error}"
    result.seconds["total"] = round(time.perf_counter() - started, 1)
    result.cases_left = _count_cases(data_dir)
    if log_path.is_file():
        result.server_log = log_path.read_text(errors="replace")[-4000:]
    return result


def _count_cases(data_dir: Path) -> int:
    import sqlite3

    database = data_dir / "cases.sqlite3"
    if not database.is_file():
        return -1
    with suppress(sqlite3.Error), sqlite3.connect(database) as connection:
        return connection.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    return -1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--screens", type=Path, nargs="+", required=True)
    parser.add_argument("--truth-line", action="append", required=True, dest="truth_lines")
    parser.add_argument("--index-from", type=Path)
    parser.add_argument("--shots-dir", type=Path)
    parser.add_argument("--lo-up", action="store_true", help="bring loopback up (new netns)")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the server")
    parser.add_argument("--result", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.lo_up:
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    result = run_journey(
        data_dir=args.data_dir,
        screens=args.screens,
        truth_lines=args.truth_lines,
        work_dir=args.work_dir,
        shots_dir=args.shots_dir,
        index_from=args.index_from,
        env=dict(item.split("=", 1) for item in args.env),
    )
    args.result.write_text(json.dumps(asdict(result), ensure_ascii=False, indent=1))
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
