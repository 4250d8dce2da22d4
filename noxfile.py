"""Developer tasks. ``nox`` with no arguments runs everything CI runs."""

import tempfile
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests", "lint", "typecheck", "clients_check", "spec_lint"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
REFERENCE = Path("packages/renovation_core/reference/wuhai.json")
SPEC = Path("specs/openapi.json")
PYTHON_CLIENT = Path("clients/generated/python")
PYTHON_SDK = Path("clients/python")
TYPESCRIPT_CLIENT = Path("clients/generated/typescript")
SPEC_LINTERS = Path("specs")
GENERATORS = ("openapi-python-client==0.29.1", "ruff==0.17.6")


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite, against the installed distribution (package data included), on
    every core (pytest-xdist); ``nox -s tests -- <pytest args>`` narrows it.

    PostgreSQL tests run when RENOVATION_TEST_POSTGRES_URL is set (``.ci/run`` sets it).
    """
    session.install(
        ".[api]",
        f"./{PYTHON_CLIENT}",
        f"./{PYTHON_SDK}",
        *nox.project.dependency_groups(PYPROJECT, "test"),
    )
    _npm_ci(session)
    session.run("pytest", "--numprocesses", "auto", "--dist", "worksteal", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy, strict on the core."""
    session.install(
        ".[api]",
        f"./{PYTHON_CLIENT}",
        f"./{PYTHON_SDK}",
        *nox.project.dependency_groups(PYPROJECT, "typecheck"),
    )
    session.run("mypy")


@nox.session
def reference(session: nox.Session) -> None:
    """Regenerate the Wuhai reference data file from its generator."""
    session.install(".")
    text = session.run(
        "python",
        "-c",
        "import sys; from renovation_core.reference.wuhai_register import render; "
        "sys.stdout.write(render())",
        silent=True,
    )
    REFERENCE.write_text(str(text), encoding="utf-8")
    session.log(f"wrote {REFERENCE}")


@nox.session
def openapi(session: nox.Session) -> None:
    """Regenerate specs/openapi.json from the app."""
    session.install(".[api]")
    session.run("renovation", "export-openapi", "--output", "specs/openapi.json")


@nox.session
def serve(session: nox.Session) -> None:
    """Serve the API on the embedded SQLite database (Wuhai loaded on first start)."""
    session.install(".[api]")
    session.run("renovation", "serve", *session.posargs)


@nox.session
def contract_outside(session: nox.Session) -> None:
    """The schemathesis CLI against a new deployment with only its key and published spec, as
    an outsider would run it; prints which operations reached a 2xx."""
    session.install(".[api]", *nox.project.dependency_groups(PYPROJECT, "test"))
    session.run("python", "-m", "tests.contract.outside")


@nox.session
def bench(session: nox.Session) -> None:
    """Read paths vs their floors (bare route, raw driver), as ratios measured in one run.

    Needs wrk (Debian package) and uses PostgreSQL at 127.0.0.1:5432 when it is running.
    """
    session.install(".[api]", *nox.project.dependency_groups(PYPROJECT, "test"))
    session.run("python", "-m", "tests.bench.bench", *session.posargs)


def _generate_python_client(session: nox.Session, output: Path) -> None:
    session.run(
        "openapi-python-client",
        "generate",
        "--path",
        str(SPEC),
        "--config",
        "clients/openapi-python-client.yaml",
        "--meta",
        "pdm",
        "--output-path",
        str(output),
        "--overwrite",
        silent=True,
    )


def _npm_ci(session: nox.Session, where: Path = TYPESCRIPT_CLIENT) -> None:
    """Node tools pinned by a package-lock.json: the TypeScript SDK's generator and compiler,
    or the spec's linters."""
    session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(where), external=True)


def _generate_typescript_types(session: nox.Session, output: Path) -> None:
    session.run(
        "npx",
        "--prefix",
        str(TYPESCRIPT_CLIENT),
        "openapi-typescript",
        str(SPEC),
        "-o",
        str(output),
        external=True,
        silent=True,
    )


@nox.session
def clients(session: nox.Session) -> None:
    """Regenerate the SDKs in clients/generated/ from the committed spec."""
    session.install(*GENERATORS)
    _generate_python_client(session, PYTHON_CLIENT)
    _npm_ci(session)
    _generate_typescript_types(session, TYPESCRIPT_CLIENT / "src" / "schema.d.ts")


@nox.session(python=False)
def spec_lint(session: nox.Session) -> None:
    """Lint specs/openapi.json: Spectral (spectral:oas + OWASP API Security) and Redocly
    (recommended); any warning fails. Configuration: specs/.spectral.yaml, specs/redocly.yaml."""
    _npm_ci(session, SPEC_LINTERS)
    with session.chdir(SPEC_LINTERS):
        session.run("npx", "spectral", "lint", "--fail-severity", "warn", SPEC.name, external=True)
        session.run(
            "npx",
            "redocly",
            "lint",
            SPEC.name,
            external=True,
            env={"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
        )


@nox.session
def clients_check(session: nox.Session) -> None:
    """Fail when regenerating the SDKs from the committed spec would change any file."""
    session.install(*GENERATORS)
    _npm_ci(session)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "python"
        _generate_python_client(session, fresh)
        drift = _differences(fresh, PYTHON_CLIENT)
        types = Path(tmp) / "schema.d.ts"
        _generate_typescript_types(session, types)
        if types.read_bytes() != (TYPESCRIPT_CLIENT / "src" / "schema.d.ts").read_bytes():
            drift.append(str(TYPESCRIPT_CLIENT / "src" / "schema.d.ts"))
    if drift:
        session.error(f"clients/generated is stale (run `nox -s clients`): {', '.join(drift)}")


def _differences(fresh: Path, committed: Path) -> list[str]:
    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    new, old = files(fresh), files(committed)
    return sorted(name for name in new.keys() | old.keys() if new.get(name) != old.get(name))
