"""The journey's steps on the Cases page (案件): create, export, the dossier, delete."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from drive_browser import Browser, t


class CasesSteps(Browser):
    """Create a case, export it, build its dossier, delete it."""

    def create_case(self, title: str) -> None:
        self.follow("case", key="journey.continue")
        self.page.get_by_label(t("cases.create_name"), exact=True).fill(title)
        self.button(t("cases.create_button")).click()
        self.idle()
        self.see(t("cases.created", title=title))
        self.record_progress()

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


def check_docx(path: Path, case_title: str) -> None:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    if case_title not in xml and "证据" not in xml:
        raise AssertionError("the DOCX holds neither the case title nor an evidence list")
