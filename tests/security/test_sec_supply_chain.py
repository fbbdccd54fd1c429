"""Promise 6 (offline part): what runs is exactly what is pinned; pip-audit needs the network.

pip-audit looks every package up in PyPI's JSON API or api.osv.dev; it has no offline database,
so it cannot run in CI here (see docs/SECURITY.md for the online command staff run). What can be
checked offline is that every dependency is pinned exactly and the tested environment matches.
"""

from __future__ import annotations

import re
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.security.sec_helpers import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;#]+)")


def _pins(path: str) -> dict[str, str]:
    pins = {}
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-")):
            continue
        match = PIN.match(line)
        assert match, f"{path}: not an exact pin: {line!r}"
        pins[canonicalize_name(Requirement(match.group(1)).name)] = match.group(2)
    return pins


def test_direct_dependencies_are_exact_pins_within_the_lock() -> None:
    direct, lock = _pins("requirements.txt"), _pins("requirements.lock")
    assert direct
    mismatched = {name: (v, lock.get(name)) for name, v in direct.items() if lock.get(name) != v}
    assert mismatched == {}


def test_installed_environment_matches_the_lock() -> None:
    drift = {}
    for name, version in _pins("requirements.lock").items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed is None or installed.split("+")[0] != version.split("+")[0]:
            drift[name] = (version, installed)
    assert drift == {}
