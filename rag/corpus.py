"""Load the guidance corpus (`corpus/*.md`) and its channel table, and fingerprint them."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from errors import CorpusMissing
from rag.chunking import CHUNKER_VERSION, Chunk, Cite, chunk_document, split_front_matter

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"


@dataclass(frozen=True)
class Corpus:
    """Every chunk of the corpus and the hash that decides whether the index is stale."""

    chunks: tuple[Chunk, ...]
    content_hash: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class Channel:
    """One complaint / help channel from `corpus/channels.toml`."""

    name: str
    for_what: str
    how: str
    verified: bool
    note: str


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Guidance files: Markdown with front matter naming a topic (README and notes are skipped)."""
    files = []
    for path in sorted(Path(corpus_dir).glob("*.md")):
        meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
        if meta.get("topic"):
            files.append(path)
    return files


def content_hash(files: list[Path]) -> str:
    """SHA-256 over names and bytes of the files, plus the chunker version."""
    digest = hashlib.sha256(f"chunker:{CHUNKER_VERSION}\n".encode())
    for path in files:
        data = path.read_bytes()
        digest.update(f"{path.name}\n{len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()


def load_corpus(corpus_dir: Path = CORPUS_DIR, cite: Cite | None = None) -> Corpus:
    """Read and chunk every guidance file; refuses an empty corpus with a user-facing error."""
    files = corpus_files(corpus_dir)
    chunks = tuple(
        chunk
        for path in files
        for chunk in chunk_document(path.name, path.read_text(encoding="utf-8"), cite)
    )
    if not chunks:
        raise CorpusMissing(
            f"指南资料库为空或不存在：{corpus_dir}。",
            f"The guidance corpus is empty or missing: {corpus_dir}.",
            "请确认程序目录中的 corpus/ 文件夹完整。",
            "Check that the corpus/ folder of the app is complete.",
        )
    return Corpus(
        chunks=chunks, content_hash=content_hash(files), files=tuple(p.name for p in files)
    )


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "1", "是", "已核实"}
    return bool(value)


def load_channels(corpus_dir: Path = CORPUS_DIR) -> list[Channel]:
    """The `[[channel]]` table of `channels.toml`; an absent file means no channels yet."""
    path = Path(corpus_dir) / "channels.toml"
    if not path.is_file():
        return []
    with path.open("rb") as handle:
        rows = tomllib.load(handle).get("channel", [])
    return [
        Channel(
            name=str(row.get("name", "")).strip(),
            for_what=str(row.get("for_what", "")).strip(),
            how=str(row.get("how", "")).strip(),
            verified=_as_bool(row.get("verified", False)),
            note=str(row.get("note", "")).strip(),
        )
        for row in rows
        if isinstance(row, dict) and row.get("name")
    ]
