"""Read a source tree's imports with `ast` and report imports that point up the layers, or circles.

A layer is a list of rooms (top-level packages or modules). A module may import its own room and
any room of a lower layer; two rooms of the same layer stay out of each other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Lowest first: the ground floor, the case model and store, the stages of the flow in order,
# then the views and the command line. Keep in step with README.md § Architecture.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("settings",),
    ("errors",),
    ("i18n",),
    ("casefile",),
    ("evidence",),
    ("understanding",),
    ("law",),
    ("rag",),
    ("drafting",),
    ("exports",),
    ("doctor",),
    ("services", "corrections"),
    ("ui", "commands"),
    ("views", "cli", "app"),
)
SKIPPED = {".venv", "tests", "bench", "scripts", "models", ".git"}


@dataclass(frozen=True)
class Arrow:
    source: str
    target: str
    line: int

    def __str__(self) -> str:
        return f"{self.source}:{self.line} -> {self.target}"


def modules_of(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every product module under `root`."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if SKIPPED & set(relative.parts):
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        if parts:
            found[".".join(parts)] = path
    return found


def _targets(node: ast.AST, module: str, is_package: bool) -> Iterable[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            anchor = module.split(".")
            keep = len(anchor) - node.level + (1 if is_package else 0)
            base = ".".join([*anchor[:keep], *([base] if base else [])])
        yield base
        yield from (f"{base}.{alias.name}" for alias in node.names)


def arrows_of(root: Path) -> list[Arrow]:
    """Every import, at module level or inside a function, from one product module to another."""
    modules = modules_of(root)
    arrows = []
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            seen = set()
            for target in _targets(node, module, path.name == "__init__.py"):
                if target in modules and target != module and target not in seen:
                    seen.add(target)
                    arrows.append(Arrow(module, target, node.lineno))
    return arrows


def _rank(module: str, layers: Sequence[Sequence[str]]) -> tuple[int, str]:
    room = module.split(".")[0]
    for rank, rooms in enumerate(layers):
        if room in rooms:
            return rank, room
    raise KeyError(f"{room} is in no layer: add it to LAYERS")


def upward_arrows(arrows: Iterable[Arrow], layers: Sequence[Sequence[str]] = LAYERS) -> list[Arrow]:
    """Imports into a higher layer, or into another room of the same layer."""
    wrong = []
    for arrow in arrows:
        (source_rank, source_room), (target_rank, target_room) = (
            _rank(arrow.source, layers),
            _rank(arrow.target, layers),
        )
        if target_rank > source_rank or (target_rank == source_rank and target_room != source_room):
            wrong.append(arrow)
    return wrong


def circles(arrows: Iterable[Arrow]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan's SCC)."""
    graph: dict[str, set[str]] = {}
    for arrow in arrows:
        graph.setdefault(arrow.source, set()).add(arrow.target)
        graph.setdefault(arrow.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found
