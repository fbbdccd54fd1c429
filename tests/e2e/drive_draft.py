"""The journey's steps on the Guidance (指南) and Draft (起草) pages."""

from __future__ import annotations

from drive_browser import Browser, t

from i18n import translate

SEARCH_QUERY = "亲友一直接到催收电话，我该怎么办"


class DraftSteps(Browser):
    """Search the guidance, write a draft, switch the language and back."""

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
        # The drafting-way radio keeps both options after the switch (it once showed neither).
        ways = self.page.get_by_role("radiogroup", name=translate("draft.backend_label", "en"))
        ways.locator("label").first.wait_for(timeout=30_000)
        self.result.backend_options_en = ways.locator("label").all_inner_texts()
        self.page.get_by_text("简体中文", exact=True).click()
        self.idle()
        self.page.locator("h1").filter(has_text=t("nav.draft")).first.wait_for()
        self.result.kind_after_switch.append(box.input_value())
