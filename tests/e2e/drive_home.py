"""The journey's steps on the Home (首页) and Dashboard (概览) pages: keyboard, phone, English."""

from __future__ import annotations

from drive_browser import DESKTOP, PHONE, Browser, t


class HomeSteps(Browser):
    """The first screen, the overview, the keyboard path, the phone width and English."""

    def home(self) -> None:
        self.page.goto(self.base_url)
        self.page.locator("h1").first.wait_for(timeout=60_000)
        self.see(t("home.first_step"))
        self.idle(timeout_s=240)  # the doctor loads both models on first visit
        self.see(t("home.status_title"))
        self.shot("01-home")

    def dashboard(self) -> None:
        self.record_progress()
        self.follow("overview")
        self.shot("07-dashboard")

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
