"""The blind set: three whole cases written without reading the parser, and the truth of each.

Apps and skins the other generators never drew (vivo OriginOS, OPPO ColorOS, Honor MagicOS,
Samsung One UI, iOS dark mode, QQ, a WeChat group with nicknames in dark mode), each case one
borrower's phone plus a relative's or colleague's forwarded screenshots. The truth has the shape
of tests/casegen/cases.py truth(), so bench/screens_report.py's scorer reads it.
"""

from __future__ import annotations

from tests.blindgen import jinan, kunming, nanning
from tests.blindgen.page import CHROME, INPUT, TABS
from tests.casegen.cases import truth as casegen_truth
from tests.casegen.model import Case, digits

CASES: dict[str, Case] = {c.key: c for c in (nanning.case(), jinan.case(), kunming.case())}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {"nanning": "originos", "jinan": "ios_dark", "kunming": "coloros"}


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return digits(who) or who


def truth(case: Case) -> dict:
    """casegen's truth, with nickname collectors (a QQ or WeChat name, no number) kept by name.

    casegen's truth keeps digits only, which turns a nickname into "". "tabs" lists this set's
    chrome (bottom bars, input boxes, labels, titles) so the scorer knows its UI words.
    """
    data = casegen_truth(case)
    data["collectors"] = [collector_key(n) for n in case.collectors]
    data["tabs"] = [*TABS.values(), *INPUT.values(), *CHROME]
    return data
