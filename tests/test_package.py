"""The package's import structure: no cycles at import time, no private names across modules.

The graph is read with ``ast`` from every kroniek/**.py: only module-level imports count (an
import inside a function runs late and cannot make an import-time cycle; ``if TYPE_CHECKING:``
blocks never run).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kroniek"

# Known offenders, to be cleared as issue #17 splits the modules; each is reported in the note.
ALLOWED_CYCLES: set[frozenset[str]] = set()
ALLOWED_PRIVATE: set[tuple[str, str, str]] = set()  # (importing module, imported module, name)


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _top_level(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements that run when the module is imported (not in functions or TYPE_CHECKING)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(node.test):
                yield from _top_level(node.body)
            yield from _top_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *[h.body for h in node.handlers]):
                yield from _top_level(block)


def _base(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


@functools.cache
def _tree(module: str) -> ast.Module:
    """Each module parsed once per session (three tests read every module)."""
    return ast.parse(MODULES[module].read_text(encoding="utf-8"))


def _imports(module: str, everywhere: bool = False) -> Iterator[tuple[str, str | None]]:
    """(imported kroniek module, name taken from it or None) for each module-level import, or
    for every import in the module with ``everywhere``."""
    tree = _tree(module)
    nodes = (n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)) if everywhere else None
    for node in nodes or _top_level(tree.body):
        if isinstance(node, ast.Import):
            yield from ((a.name, None) for a in node.names if a.name in MODULES)
            continue
        base = _base(module, node)
        for alias in node.names:
            if f"{base}.{alias.name}" in MODULES:
                yield f"{base}.{alias.name}", None
            elif base in MODULES:
                yield base, alias.name


@functools.cache
def _graph() -> dict[str, frozenset[str]]:
    return {m: frozenset(target for target, _ in _imports(m) if target != m) for m in MODULES}


def _reach(graph: Mapping[str, AbstractSet[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in graph[todo.pop()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def _cycles(graph: Mapping[str, AbstractSet[str]]) -> set[frozenset[str]]:
    """The strongly connected groups of more than one module (or a module importing itself)."""
    reach = {m: _reach(graph, m) for m in graph}
    return {frozenset({m} | {n for n in reach[m] if m in reach[n]}) for m in graph if m in reach[m]}


def test_package_graph_sees_the_imports() -> None:
    """The reader finds relative, absolute and submodule imports (so an empty result means something)."""
    graph = _graph()
    assert "kroniek.model" in graph["kroniek.pipeline"]
    assert "kroniek.analyse.annotator" in graph["kroniek.analyse"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == {frozenset("abc")}


def test_package_has_no_import_cycles() -> None:
    found = _cycles(_graph())
    assert found - ALLOWED_CYCLES == set(), "import cycles: " + "; ".join(
        " <-> ".join(sorted(c)) for c in found - ALLOWED_CYCLES
    )
    assert ALLOWED_CYCLES - found == set(), "a cycle is gone: remove it from ALLOWED_CYCLES"


def _private() -> set[tuple[str, str, str]]:
    return {
        (m, target, name)
        for m in MODULES
        for target, name in _imports(m, everywhere=True)
        if name and name.startswith("_") and not name.startswith("__")
    }


def test_package_imports_no_private_names_across_modules() -> None:
    """Function-level imports count here too: a private name is private wherever it is taken."""
    found = _private()
    assert found - ALLOWED_PRIVATE == set(), f"private names imported: {sorted(found - ALLOWED_PRIVATE)}"
    assert ALLOWED_PRIVATE - found == set(), "an offender is gone: remove it from ALLOWED_PRIVATE"
