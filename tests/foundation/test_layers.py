"""The product's imports point down the layers of the flow, and no modules import each other."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.foundation.import_layers import LAYERS, arrows_of, circles, modules_of, upward_arrows

ROOT = Path(__file__).resolve().parents[2]


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_every_room_of_the_product_is_in_a_layer() -> None:
    rooms = {module.split(".")[0] for module in modules_of(ROOT)}
    placed = {room for layer in LAYERS for room in layer}
    assert rooms <= placed, f"add to LAYERS: {sorted(rooms - placed)}"


def test_no_import_points_up_a_layer() -> None:
    wrong = upward_arrows(arrows_of(ROOT))
    assert not wrong, "imports pointing up:\n" + "\n".join(map(str, wrong))


def test_no_modules_import_each_other() -> None:
    assert circles(arrows_of(ROOT)) == []


def test_the_check_catches_an_upward_import_inside_a_function(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "casefile/__init__.py": "",
            "casefile/model.py": "def f():\n    from drafting.compose import g\n    return g\n",
            "drafting/__init__.py": "",
            "drafting/compose.py": "from casefile.model import f\n",
        },
    )
    arrows = arrows_of(root)
    assert [str(arrow) for arrow in upward_arrows(arrows)] == [
        "casefile.model:2 -> drafting.compose"
    ]
    assert circles(arrows) == [["casefile.model", "drafting.compose"]]


def test_the_check_reads_relative_imports_and_keeps_same_layer_rooms_apart(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "evidence/__init__.py": "",
            "evidence/ocr/__init__.py": "from . import engine\n",
            "evidence/ocr/engine.py": "from ..images import load\n",
            "evidence/images.py": "load = 1\n",
            "cli.py": "import views.home\n",
            "views/__init__.py": "",
            "views/home.py": "",
        },
    )
    arrows = {str(arrow) for arrow in arrows_of(root)}
    assert "evidence.ocr:1 -> evidence.ocr.engine" in arrows
    assert "evidence.ocr.engine:1 -> evidence.images" in arrows
    assert [str(a) for a in upward_arrows(arrows_of(root))] == ["cli:1 -> views.home"]


def test_a_room_in_no_layer_is_named(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"plugins/a.py": "import settings\n", "settings.py": ""})
    with pytest.raises(KeyError, match="plugins"):
        upward_arrows(arrows_of(root))
