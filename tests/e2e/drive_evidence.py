"""The journey's steps on the Evidence (证据) and Facts (核对事实) pages."""

from __future__ import annotations

from pathlib import Path

from drive_browser import Browser, t


class EvidenceSteps(Browser):
    """Upload screenshots, read them, correct a line, confirm facts and roles, review facts."""

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
