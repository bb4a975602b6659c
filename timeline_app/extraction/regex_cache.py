"""A cache of compiled regular-expression programs, so that a language's grammar loads in milliseconds.

Each language's grammar is one large pattern (about 20,000 characters). CPython parses a pattern
in pure Python, which costs 50-100 ms per language; a mixed-language batch would pay that inside
its first document of every language. The program the parser produces (a list of integers plus
the group names) depends only on the pattern text and the ``re`` engine, so it is stored as JSON,
keyed by a hash of the pattern, the flags, the Python version and the engine's ``MAGIC`` number,
and rebuilt into a pattern object by the engine itself.

The programs are shipped next to this module (``regex_cache/``, written by
``python -m timeline_app.extraction.regex_cache``); nothing is written at run time. A pattern
without a shipped program is compiled normally. Anything unexpected (another Python, an unreadable or tampered file,
an engine that rejects the program) falls back to ``re.compile``: the cache can only make loading
faster, never change what a pattern matches.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

SHIPPED_DIR = Path(__file__).with_name("regex_cache")


def _engine() -> tuple[Any, Any, Any] | None:
    """The private pieces of CPython's ``re`` this cache needs, or None when they are missing."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - other interpreters
        return None
    if not hasattr(_sre, "compile") or not hasattr(_compiler, "_code"):  # pragma: no cover
        return None
    return _sre, _compiler, _parser


def cache_key(pattern: str, flags: int = 0) -> str:
    """The file name (without extension) of ``pattern``'s cached program."""
    engine = _engine()
    magic = getattr(engine[0], "MAGIC", 0) if engine else 0
    tag = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}-{magic}-{flags}"
    return hashlib.sha256(f"{tag}\n{pattern}".encode()).hexdigest()[:32]


def program(pattern: str, flags: int = 0) -> dict[str, Any] | None:
    """The compiled program of ``pattern`` as plain data (None on a non-CPython engine)."""
    engine = _engine()
    if engine is None:  # pragma: no cover
        return None
    _sre, _compiler, _parser = engine
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    return {
        "flags": flags | parsed.state.flags,
        "code": list(code),
        "groups": parsed.state.groups,
        "groupindex": dict(parsed.state.groupdict),
    }


def _from_program(pattern: str, data: dict[str, Any]) -> re.Pattern[str] | None:
    engine = _engine()
    if engine is None:  # pragma: no cover
        return None
    _sre = engine[0]
    groupindex = {str(k): int(v) for k, v in data["groupindex"].items()}
    groups = int(data["groups"])
    indexgroup: list[str | None] = [None] * groups
    for name, index in groupindex.items():
        if not 0 < index < groups:
            return None
        indexgroup[index] = name
    compiled: re.Pattern[str] = _sre.compile(
        pattern, int(data["flags"]), data["code"], groups - 1, groupindex, tuple(indexgroup)
    )
    return compiled


def _load(path: Path, pattern: str) -> re.Pattern[str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("pattern_sha256") != hashlib.sha256(pattern.encode()).hexdigest():
            return None
        return _from_program(pattern, data)
    except (OSError, ValueError, TypeError, KeyError, RuntimeError, OverflowError):
        return None


def _payload(pattern: str, flags: int) -> str | None:
    data = program(pattern, flags)
    if data is None:  # pragma: no cover
        return None
    data["pattern_sha256"] = hashlib.sha256(pattern.encode()).hexdigest()
    return json.dumps(data, separators=(",", ":"))


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, loaded from a shipped program when one matches."""
    path = SHIPPED_DIR / (cache_key(pattern, flags) + ".json")
    if path.is_file():
        found = _load(path, pattern)
        if found is not None:
            return found
    return re.compile(pattern, flags)


def write_shipped(patterns: dict[str, tuple[str, int]], directory: Path = SHIPPED_DIR) -> list[Path]:
    """Write the programs of ``patterns`` (name -> (pattern, flags)) into ``directory``, replacing
    the files there; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.json"):
        old.unlink()
    written = []
    for pattern, flags in patterns.values():
        payload = _payload(pattern, flags)
        if payload is None:  # pragma: no cover
            continue
        path = directory / (cache_key(pattern, flags) + ".json")
        path.write_text(payload, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    """Regenerate the shipped programs of the four languages' grammars."""
    from timeline_app.extraction.grammar import grammar_source
    from timeline_app.extraction.tagger import lexicons

    patterns = {code: (grammar_source(lex), 0) for code, lex in lexicons().items()}
    for path in write_shipped(patterns):
        print(path)


if __name__ == "__main__":
    main()
