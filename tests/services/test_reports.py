"""The register's reports, assembled by the core from what the repositories count: the fake
counts as the core would (the SQL counts are held to the core in tests/api/test_reports_in_sql)."""

import pytest

import renovation_core as core
from renovation_api.services import reports
from renovation_api.services.errors import NotFound
from tests.services.conftest import run
from tests.services.fakes import FakeUnitOfWork
from tests.unit import factories

P = "test"


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    uow.programmes.by_code[P] = factories.programme()
    for n, district in enumerate(("990101", "990101", "990102")):
        uow.compounds.add(P, factories.compound(f"C-{n}", district))
    uow.plans.table.put((P, "C-0"), factories.plan("C-0", year=2023))
    return uow


def test_the_summary_is_the_cores_summary_of_the_register(uow):
    programme, summary = run(reports.summary(uow, P))
    compounds, plans = run(uow.register.whole(P))
    assert summary == core.summarise(programme, compounds, plans)
    assert (summary.registered, summary.planned) == (3, 1)


def test_coverage_and_target_vs_actual_agree_with_the_core(uow):
    programme, cells = run(reports.coverage(uow, P))
    compounds, plans = run(uow.register.whole(P))
    assert cells == core.coverage(programme, compounds, plans)
    _, comparisons = run(reports.target_vs_actual(uow, P, 2023))
    assert {c.year for c in comparisons} <= {2023}


def test_the_first_findings_come_with_how_many_there_are(uow):
    for n in range(3):  # first-year compounds (built long ago) with no plan
        uow.compounds.add(P, factories.compound(f"D-{n}", "990101", built_year=1960))
    programme = uow.programmes.by_code[P]
    every = core.check_register(programme, *run(uow.register.whole(P)))
    assert len(every) >= 3
    checks = run(reports.findings(uow, P))
    assert (checks.register, checks.register_total) == (every, len(every))
    checks = run(reports.findings(uow, P, first=2))
    assert (checks.register, checks.register_total) == (every[:2], len(every))


def test_an_unknown_programme_has_no_reports(uow):
    with pytest.raises(NotFound):
        run(reports.summary(uow, "nowhere"))


def test_an_export_page_is_what_the_caller_may_see_with_plans(uow):
    district = uow.acting_as(
        core.Principal(actor="key:d", role=core.Role.DISTRICT_OFFICER, districts={"990102"})
    )
    assert [c.code for c, _ in run(reports.register_page(district, P, None, None, 10))] == ["C-2"]
    page = run(reports.register_page(uow, P, "990101", None, 1))
    assert [(c.code, p is not None) for c, p in page] == [("C-0", True)]
    assert [c.code for c, _ in run(reports.register_page(uow, P, None, "C-0", 10))] == [
        "C-1",
        "C-2",
    ]
