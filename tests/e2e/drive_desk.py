"""The desk's journey in a real browser: draft → marked sent → past its due date → the desk
proposes the regulator complaint, which quotes the unanswered letter.

The server starts once, with CS_TODAY fixed; the letter is recorded as sent on an earlier day (as
staff record a letter sent weeks ago), so its reply date has passed when the desk looks.
"""

from __future__ import annotations

import csv
import io
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from drive_browser import Browser, browser_page, t

from exports.desk import kind_name

TODAY = "2025-03-20"
SENT_ON = "2025/03/02"
REFERENCE = "TS123"
# No model is loaded (the paths below name none): the template drafts, the guidance search falls
# back to none, the home page's system check fails fast; one server start stays under a minute.
MISSING_MODELS = ("CS_EMBEDDING_MODEL", "CS_LLM_MODEL", "CS_WHISPER_MODEL")
SERVER_ENV = {
    "CS_TODAY": TODAY,
    "CS_LLM_BACKEND": "template",
    "CS_LLM_READ_AHEAD": "0",
}


@dataclass
class DeskResult:
    """What the desk journey saw; the test asserts on it."""

    ok: bool = False
    steps: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    screenshots: list[str] = field(default_factory=list)
    progress: list[int] = field(default_factory=list)
    first_step: str = ""  # the desk's next step before anything was sent
    sent_message: str = ""
    csv_rows: list[dict[str, str]] = field(default_factory=list)
    next_step: str = ""  # the next-step box after the due date
    regulator_button: str = ""
    regulator_draft: str = ""
    error: str = ""
    server_log: str = ""


class DeskSteps(Browser):
    """The desk page (工作台) and the sent form under a draft."""

    def open_desk(self) -> None:
        # Through the home page: a page's own address would run it without app.py around it.
        self.page.goto(self.base_url)
        self.page.locator("h1").first.wait_for(timeout=60_000)
        self.idle()
        self.nav("nav.desk")

    def next_step_text(self, label: str) -> str:
        """Open the case on the desk and read its next step."""
        # The subheader above the box says the same words, so the box is found by its own label.
        box = (
            self.page.locator('[data-testid="stSelectbox"]')
            .filter(has_text=t("desk.open_case"))
            .locator("input")
        )
        if box.input_value() != label:
            box.click()
            box.fill(label)
            self.page.get_by_role("option", name=label, exact=True).click()
            self.idle()
        box = self.page.locator('[data-testid="stMain"] p').filter(has_text="👉").first
        box.wait_for()
        return box.inner_text()

    def open_draft(self, kind: str) -> str:
        """Click the next step's button; the 起草 page opens on the right document."""
        label = t("desk.open_draft", kind=kind_name(kind, "zh"))
        self.button(label).click()
        self.idle()
        self.page.locator("h1").filter(has_text=t("nav.draft")).first.wait_for(timeout=60_000)
        chosen = self.page.get_by_label(t("draft.kind_label"), exact=True).input_value()
        if chosen != t(f"draft.kind.{kind}"):
            raise AssertionError(f"the draft page opened on {chosen!r}, not {kind}")
        return label

    def write_draft(self) -> str:
        self.button(t("draft.generate")).click()
        self.idle(timeout_s=180)
        area = self.page.get_by_label(t("draft.edit_label"), exact=True)
        area.wait_for(timeout=180_000)
        return area.input_value()

    def mark_sent(self, kind: str) -> str:
        """Fill the sent form under the draft: an earlier date, the channel, the reference."""
        # The date field is a group of year/month/day segments, typed one after the other.
        segments = self.page.get_by_label(t("desk.sent_on"), exact=True).locator(
            '[role="spinbutton"]'
        )
        parts = dict(zip(("year", "month", "day"), SENT_ON.split("/"), strict=True))
        for index in range(segments.count()):
            segment = segments.nth(index)
            part = segment.get_attribute("data-type") or ""
            if part not in parts:
                raise AssertionError(f"a date segment not understood: {part!r}")
            segment.click()
            self.page.keyboard.type(parts[part])
        self.page.keyboard.press("Escape")  # close the calendar; the typed date stays
        self.page.get_by_label(t("desk.channel"), exact=True).fill("App 在线客服")
        self.page.get_by_label(t("desk.reference"), exact=True).fill(REFERENCE)
        self.button(t("desk.sent_button")).click()
        self.idle()
        alert = self.page.locator('[data-testid="stMain"] [data-testid="stAlertContentSuccess"]')
        alert.filter(has_text=t("desk.sent_done", due="\0").split("\0")[0]).first.wait_for()
        return alert.last.inner_text()

    def desk_csv(self, downloads: Path) -> list[dict[str, str]]:
        """Download the desk's table as CSV and read it back."""
        button = self.page.locator('[data-testid="stDownloadButton"] button').filter(
            has_text=t("desk.csv")
        )
        with self.page.expect_download(timeout=60_000) as info:
            button.click()
        target = downloads / info.value.suggested_filename
        info.value.save_as(str(target))
        return list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))


def run_desk_journey(*, data_dir: Path, work_dir: Path, label: str) -> DeskResult:
    """Walk the desk's journey once on a store seeded before; never raises."""
    result = DeskResult()
    downloads = work_dir / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    log_path = work_dir / "streamlit.log"
    env = {**SERVER_ENV, **{name: str(work_dir / "no-model") for name in MISSING_MODELS}}
    started = time.perf_counter()
    try:
        with browser_page(data_dir, env, log_path, work_dir / "failure.png") as (
            page,
            base_url,
        ):
            desk = DeskSteps(page, base_url, result, None)

            def first() -> None:
                desk.open_desk()
                result.first_step = desk.next_step_text(label)
                desk.open_draft("platform")
                desk.write_draft()

            def sent() -> None:
                result.sent_message = desk.mark_sent("platform")

            def overdue() -> None:
                desk.nav("nav.desk")
                result.csv_rows = desk.desk_csv(downloads)
                result.next_step = desk.next_step_text(label)

            def regulator() -> None:
                result.regulator_button = desk.open_draft("regulator")
                result.regulator_draft = desk.write_draft()

            desk.step("platform_draft", first)
            desk.step("mark_sent", sent)
            desk.step("desk_overdue", overdue)
            desk.step("regulator_draft", regulator)
            result.ok = True
    except Exception as error:
        result.error = f"{type(error).__name__}: {error}"
    result.seconds["total"] = round(time.perf_counter() - started, 1)
    if log_path.is_file():
        result.server_log = log_path.read_text(errors="replace")[-4000:]
    shutil.rmtree(downloads, ignore_errors=True)
    return result
