"""Developer tasks. ``nox`` with no arguments runs everything CI runs."""

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests", "lint", "typecheck"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
REFERENCE = Path("packages/renovation_core/reference/wuhai.json")


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite, against the installed distribution (package data included).

    PostgreSQL tests run when RENOVATION_TEST_POSTGRES_URL is set (``.ci/run`` sets it).
    """
    session.install(".[api]", *nox.project.dependency_groups(PYPROJECT, "test"))
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy, strict on the core."""
    session.install(".[api]", *nox.project.dependency_groups(PYPROJECT, "typecheck"))
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
def bench(session: nox.Session) -> None:
    """Read paths vs their floors (bare route, raw driver), as ratios measured in one run.

    Needs wrk (Debian package) and uses PostgreSQL at 127.0.0.1:5432 when it is running.
    """
    session.install(".[api]", *nox.project.dependency_groups(PYPROJECT, "test"))
    session.run("python", "-m", "tests.bench.bench", *session.posargs)
