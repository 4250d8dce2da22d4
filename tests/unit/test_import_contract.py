"""The core stays pure: it imports the standard library, attrs and cattrs, and nothing else."""

import ast
import sys
from pathlib import Path

import renovation_core

ALLOWED = set(sys.stdlib_module_names) | {"attrs", "cattrs", "renovation_core"}
CORE = Path(renovation_core.__file__).parent


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: use absolute imports"
            roots.add((node.module or "").split(".")[0])
    return roots


def test_the_core_imports_only_the_standard_library_attrs_and_cattrs():
    sources = sorted(CORE.rglob("*.py"))
    assert len(sources) > 10
    offenders = {
        str(path.relative_to(CORE)): sorted(imported_roots(path) - ALLOWED) for path in sources
    }
    assert {name: roots for name, roots in offenders.items() if roots} == {}


def test_the_check_catches_an_adapter_import(tmp_path):
    module = tmp_path / "leaky.py"
    module.write_text("import attrs\nfrom sqlalchemy import select\nimport msgspec.json\n")
    assert imported_roots(module) - ALLOWED == {"sqlalchemy", "msgspec"}
