"""Promise 1b: the running app talks to nobody — every connect() of `streamlit run` is recorded.

The server runs under `strace -f -e trace=connect` (every thread and child: Tesseract, model
loading, Chroma); a headless chromium (not traced) opens the home page (the doctor loads both
models), creates a case and searches the guidance. The browser's own requests are logged too.
Pass: no connect() outside 127.0.0.1 / ::1 / AF_UNIX, the port bound on 127.0.0.1 only, usage
statistics off.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

from i18n import translate
from tests.chromium import CHROMIUM, CHROMIUM_ARGS
from tests.security.sec_helpers import PYTHON, ROOT, Journey, can_unshare

pytestmark = pytest.mark.model

BUSY = '[data-testid="stStatusWidget"]'
LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}  # kernel/IPC sockets, never the network
LOOPBACK = {"127.0.0.1", "::1", "::ffff:127.0.0.1"}
_FAMILY = re.compile(r"sa_family=(AF_[A-Z0-9]+)")
_ADDRESS = re.compile(r'inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"')


def t(key: str, **values: object) -> str:
    return translate(key, "zh", **values)


@dataclass(frozen=True)
class Connect:
    """One connect() call from the strace log."""

    family: str
    address: str
    line: str

    @property
    def local(self) -> bool:
        return self.family in LOCAL_FAMILIES or self.address in LOOPBACK


def parse_connects(log: str) -> list[Connect]:
    """Every connect() in an `strace -f -e trace=connect` log (resumed halves joined)."""
    found = []
    for line in log.splitlines():
        if "connect(" not in line or ("resumed>" in line and "sa_family" not in line):
            continue
        family = _FAMILY.search(line)
        address = _ADDRESS.search(line)
        found.append(
            Connect(
                family.group(1) if family else "?",
                next((group for group in address.groups() if group), "") if address else "",
                line.strip(),
            )
        )
    return found


def test_parse_connects_sorts_local_from_remote() -> None:
    """The parser itself must be able to fail (else the app test proves nothing)."""
    log = (
        '7 connect(3, {sa_family=AF_UNIX, sun_path="/run/x"}, 110) = 0\n'
        '7 connect(4, {sa_family=AF_INET, sin_port=htons(8501), sin_addr=inet_addr("127.0.0.1")}'
        ", 16) = 0\n"
        "8 connect(5, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), "
        'inet_pton(AF_INET6, "2606:4700::1", &sin6_addr), sin6_scope_id=0}, 28) = -1\n'
        '9 connect(6, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("8.8.8.8")}'
        ", 16) = -1 ENETUNREACH\n"
    )
    connects = parse_connects(log)
    assert [c.local for c in connects] == [True, True, False, False]
    assert connects[2].address == "2606:4700::1"


PROBE = """
import socket, subprocess, sys, threading
def dial():
    with socket.socket() as sock:
        sock.settimeout(1)
        try:
            sock.connect(("192.0.2.1", 9))
        except OSError:
            pass
thread = threading.Thread(target=dial)
thread.start(); thread.join()
subprocess.run([sys.executable, "-c", "import socket; socket.socket(socket.AF_INET6)"
                ".connect_ex(('2001:db8::1', 9))"])
"""


def test_strace_sees_outside_connects_of_threads_and_children(tmp_path: Path) -> None:
    """Negative control: the same strace command records a thread's and a child's dial-out."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    trace = tmp_path / "probe.strace"
    prefix = ["unshare", "-n"] if can_unshare("-n") else []  # never really leave the machine
    command = [*prefix, "strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace)]
    subprocess.run([*command, PYTHON, "-c", PROBE], check=True, timeout=60)
    remote = {c.address for c in parse_connects(trace.read_text()) if not c.local}
    assert remote == {"192.0.2.1", "2001:db8::1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a TCP socket listening on `port` (from `ss -ltn`)."""
    output = subprocess.run(
        ["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True, check=True
    ).stdout
    return {line.split()[3].rsplit(":", 1)[0].strip("[]") for line in output.splitlines()}


@dataclass(frozen=True)
class AppRun:
    connects: list[Connect]
    listening: set[str]
    browser_urls: list[str]
    seen: dict[str, bool]
    config: str


@pytest.fixture(scope="module")
def traced_app(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> AppRun:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    from playwright.sync_api import sync_playwright

    work = tmp_path_factory.mktemp("traced-app")
    # Reuse the offline journey's data dir when it ran: its guidance index is already built.
    data_dir = work / "data"
    with suppress(pytest.FixtureLookupError, pytest.skip.Exception):
        journey: Journey = request.getfixturevalue("offline_journey")
        if journey.steps.get("index", (1,))[0] == 0:
            data_dir = journey.data_dir
    port = free_port()
    trace = work / "connect.strace"
    env = dict(os.environ, CS_DATA_DIR=str(data_dir))
    env.pop("STREAMLIT_BROWSER_GATHER_USAGE_STATS", None)  # the app must switch it off itself
    config = subprocess.run(
        [PYTHON, "-m", "streamlit", "config", "show"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    ).stdout  # fmt: skip
    # No --server.address: .streamlit/config.toml must bind loopback by itself.
    command = [
        "strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace),
        PYTHON, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
    ]  # fmt: skip
    log = (work / "server.log").open("wb")
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    urls: list[str] = []
    seen: dict[str, bool] = {}
    listening: set[str] = set()
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, (work / "server.log").read_text()
            with suppress(OSError), urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                break
            assert time.monotonic() < deadline, "streamlit did not start within 120 s"
            time.sleep(0.5)
        listening = listening_addresses(port)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            page = browser.new_page()
            page.on("request", lambda req: urls.append(req.url))
            main = page.locator('[data-testid="stMain"]')

            def idle(seconds: float = 240) -> None:
                page.wait_for_timeout(400)
                page.locator(BUSY).wait_for(state="hidden", timeout=seconds * 1000)

            def visible(text: str, seconds: float = 240) -> bool:
                with suppress(Exception):
                    main.get_by_text(text, exact=False).first.wait_for(timeout=seconds * 1000)
                    return True
                return False

            def nav(key: str) -> None:
                sidebar = page.locator('[data-testid="stSidebarNav"]')
                sidebar.get_by_role("link", name=t(key)).click()
                idle()

            page.goto(base)
            idle(300)  # the doctor loads both models on the first visit
            seen["doctor"] = visible(t("home.status_ok"))
            nav("nav.cases")
            page.get_by_label(t("cases.create_name"), exact=True).fill("李某 · 极速贷")
            main.get_by_role("button", name=t("cases.create_button"), exact=True).click()
            idle()
            seen["case created"] = visible(t("cases.created", title="李某 · 极速贷"), 60)
            nav("nav.guidance")
            box = page.get_by_label(t("guidance.query"), exact=True)
            box.fill("家人一直接到催收电话怎么办")
            box.press("Enter")
            idle(300)
            seen["search results"] = visible(t("guidance.results", count=5), 120)
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()
    return AppRun(parse_connects(trace.read_text()), listening, urls, seen, config)


def test_journey_ran(traced_app: AppRun) -> None:
    """The trace covers a real session: doctor with both models, a new case, a search."""
    assert traced_app.seen == {"doctor": True, "case created": True, "search results": True}


def test_no_connection_leaves_the_machine(traced_app: AppRun) -> None:
    remote = [c.line for c in traced_app.connects if not c.local]
    families = Counter(
        c.family if c.family != "AF_INET" else c.address for c in traced_app.connects
    )
    print(f"connect() calls: {len(traced_app.connects)} {dict(families)}; remote: {len(remote)}")
    assert remote == [], remote
    # Not vacuous: the trace did record the app's own sockets.
    assert traced_app.connects


def test_bound_to_loopback_only(traced_app: AppRun) -> None:
    assert traced_app.listening, "nothing listening on the app's port"
    assert traced_app.listening <= LOOPBACK, traced_app.listening


def test_browser_only_talks_to_the_app(traced_app: AppRun) -> None:
    outside = [
        url for url in traced_app.browser_urls
        if not url.startswith(("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "blob:"))
    ]  # fmt: skip
    assert outside == [], outside[:10]


def test_usage_statistics_off(traced_app: AppRun) -> None:
    assert re.search(r"^gatherUsageStats = false", traced_app.config, re.MULTILINE), (
        traced_app.config[:2000]
    )
    assert re.search(r'^address = "127\.0\.0\.1"', traced_app.config, re.MULTILINE)
