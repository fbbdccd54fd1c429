"""Debian's chromium as the browser tests launch it (one place for the flags both suites need)."""

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags chromium dials Google's hosts at start, which a closed
# network refuses and the offline promise forbids.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
