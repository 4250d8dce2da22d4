"""The core stays pure: it imports the standard library, attrs and cattrs, and nothing else.
The services import no adapter: no web framework, no encoder, no database, no route or storage
module; only the core and each other."""

import ast
import sys
from pathlib import Path

import renovation_api.services
import renovation_core

ALLOWED = set(sys.stdlib_module_names) | {"attrs", "cattrs", "renovation_core"}
CORE = Path(renovation_core.__file__).parent
SERVICES = Path(renovation_api.services.__file__).parent


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, by its full name."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: use absolute imports"
            names.add(node.module or "")
    return names


def imported_roots(path: Path) -> set[str]:
    return {name.split(".")[0] for name in imported(path)}


def foreign_to_services(name: str) -> bool:
    root = name.split(".", maxsplit=1)[0]
    if root == "renovation_api":
        return not name.startswith("renovation_api.services")
    return root not in ALLOWED


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


def test_the_services_import_no_adapter():
    sources = sorted(SERVICES.rglob("*.py"))
    assert len(sources) > 5
    offenders = {
        str(path.relative_to(SERVICES)): sorted(filter(foreign_to_services, imported(path)))
        for path in sources
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_services_check_catches_an_adapter_import(tmp_path):
    module = tmp_path / "leaky.py"
    module.write_text(
        "import attrs\nfrom renovation_api.storage import tables\n"
        "from renovation_api.services import scope\nimport litestar\n"
    )
    assert sorted(filter(foreign_to_services, imported(module))) == [
        "litestar",
        "renovation_api.storage",
    ]
