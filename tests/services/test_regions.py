"""The reporting chain above the city: a province from its file, a city that declares beside a
city whose figures are computed, who may declare and read what, and roll-ups that add up."""

from decimal import Decimal

import pytest

import renovation_core as core
from renovation_api.services import regions, register
from renovation_api.services.errors import NotFound, NotPermitted, OutsideScope
from renovation_core.dataset import Dataset
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.oversight import Month
from renovation_core.register.geography import City
from renovation_core.statistics import Quantities, Source, SurveyFigures
from tests.services.conftest import CITY, officer, run
from tests.services.fakes import FakeUnitOfWork
from tests.unit import factories
from tests.unit.test_delivery import building

P = "test"
HAIBOWAN, HAINAN, BAOTOU = "150302", "150303", "150200"
PROVINCE = core.Region(
    code="150000",
    name="内蒙古自治区",
    parts=(
        core.Region(
            code="150200", name="包头市", parts=(core.Region(code="150202", name="东河区"),)
        ),
        core.Region(code="150300", name="乌海市"),
    ),
)
DECEMBER = Month(2023, 12)


def province_officer(code: str = "150000") -> core.Principal:
    return core.Principal(actor="key:province", role=core.Role.PROVINCE_OFFICER, region=code)


def ytd(planned: int, started: int) -> SurveyFigures:
    def q(n: int) -> Quantities:
        return Quantities(
            compounds=n, buildings=3 * n, households=100 * n, floor_area_m2=Decimal(70 * n)
        )

    return SurveyFigures(planned=q(planned), started=q(started), completed=q(0))


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    """Wuhai (150300) keeps its programme here: Haibowan's 0001 of the 2023 plan began building
    in 2023, Hainan's 0001 of the 2023 plan did not. Baotou keeps nothing here."""
    uow.programmes.by_code[P] = factories.programme(
        (HAIBOWAN, HAINAN), city=City(code="150300", name="乌海市")
    )
    for code, district in (("150302-0001", HAIBOWAN), ("150303-0001", HAINAN)):
        uow.compounds.add(P, factories.compound(code, district, households=100))
        uow.plans.table.put((P, code), factories.plan(code, year=2023))
    uow.projects.table.put((P, "150302-0001", 2023), building())
    run(regions.add_province(regions.AddProvince(province=PROVINCE), uow))
    return uow


def declare(uow: FakeUnitOfWork, month: Month, figures: SurveyFigures, code: str = BAOTOU) -> None:
    run(regions.declare_figures(regions.Declare(region=code, month=month, figures=figures), uow))


def test_a_province_is_added_once_by_the_deployments_administrator(uow: FakeUnitOfWork) -> None:
    assert uow.audit.events[-1].resource == "/v1/regions/150000"
    with pytest.raises(RuleViolation, match="held already"):
        run(regions.add_province(regions.AddProvince(province=PROVINCE), uow))
    bound = core.Principal(actor="key:w", role=core.Role.CITY_ADMIN, region="150300")
    with pytest.raises(NotPermitted):
        run(regions.add_province(regions.AddProvince(province=PROVINCE), uow.acting_as(bound)))
    with pytest.raises(FieldValueError, match="province's code"):
        run(regions.add_province(regions.AddProvince(province=PROVINCE.parts[0]), uow))
    nation = run(regions.nation(uow))
    wuhai = nation.find("150300")
    assert wuhai is not None
    assert [d.code for d in wuhai.parts] == [HAIBOWAN, HAINAN]  # from its programme


def test_a_declaration_is_refused_where_records_are_kept_outside_scope_or_unknown(
    uow: FakeUnitOfWork,
) -> None:
    with pytest.raises(RuleViolation, match="computed from them"):
        declare(uow, DECEMBER, ytd(2, 1), "150300")
    with pytest.raises(RuleViolation, match="computed from them"):
        declare(uow, DECEMBER, ytd(2, 1), HAIBOWAN)
    with pytest.raises(FieldValueError, match="no region 150900") as unknown:
        declare(uow, DECEMBER, ytd(2, 1), "150900")
    assert unknown.value.field == "region"
    with pytest.raises(FieldValueError, match="has not begun"):
        declare(uow, Month(2024, 1), ytd(2, 1))
    with pytest.raises(OutsideScope):
        declare(uow.acting_as(province_officer()), DECEMBER, ytd(2, 1))
    with pytest.raises(NotFound):
        run(
            regions.correct_declaration(
                regions.CorrectDeclaration(
                    region=BAOTOU, month=DECEMBER, figures=ytd(2, 1), reason="更正"
                ),
                uow,
            )
        )


def test_a_province_rolls_up_computed_and_declared_cities_exactly(uow: FakeUnitOfWork) -> None:
    declare(uow, Month(2023, 11), ytd(40, 30))
    declare(uow, DECEMBER, ytd(40, 35))
    report = run(regions.survey(uow, "150000", DECEMBER, regions.Span.YEAR_TO_DATE))
    province = report.line
    baotou, wuhai = province.parts
    assert (province.source, baotou.source, wuhai.source) == (
        Source.SUMMED,
        Source.DECLARED,
        Source.COMPUTED,
    )
    assert baotou.figures == ytd(40, 35)
    assert wuhai.figures is not None
    assert (wuhai.figures.planned.compounds, wuhai.figures.started.compounds) == (2, 1)
    assert [(d.region.code, d.source) for d in wuhai.parts] == [
        (HAIBOWAN, Source.COMPUTED),
        (HAINAN, Source.COMPUTED),
    ]
    assert baotou.parts[0].source is Source.MISSING
    assert province.figures == baotou.figures + wuhai.figures
    assert report.findings == ()

    month = run(regions.survey(uow, "150000", DECEMBER, regions.Span.MONTH))
    assert month.line.parts[0].figures is not None
    assert month.line.parts[0].figures.started.compounds == 5  # 35 − 30
    nation = run(regions.survey(uow, "000000", DECEMBER, regions.Span.YEAR_TO_DATE))
    assert nation.line.figures == province.figures


def test_a_correction_is_a_version_and_a_total_that_does_not_add_up_is_a_finding(
    uow: FakeUnitOfWork,
) -> None:
    declare(uow, DECEMBER, ytd(40, 35))
    fixed = run(
        regions.correct_declaration(
            regions.CorrectDeclaration(
                region=BAOTOU, month=DECEMBER, figures=ytd(40, 36), reason="漏报一个"
            ),
            uow,
        )
    )
    assert fixed.value.version == 2
    assert [v.version for v in run(regions.declarations(uow, BAOTOU, DECEMBER))] == [1, 2]
    declare(uow.acting_as(province_officer()), DECEMBER, ytd(50, 40), "150000")
    report = run(regions.survey(uow, "150000", DECEMBER, regions.Span.YEAR_TO_DATE))
    [finding] = report.findings
    assert finding.region.code == "150000"
    assert finding.source is Source.DECLARED
    assert (finding.figures.planned.compounds, finding.parts_sum.planned.compounds) == (50, 42)


def test_a_caller_reads_only_the_regions_it_reaches(uow: FakeUnitOfWork) -> None:
    for caller, code in (
        (province_officer("110000"), "150000"),
        (officer(HAIBOWAN), "150300"),
        (province_officer(), "000000"),
    ):
        with pytest.raises(NotFound):
            run(regions.survey(uow.acting_as(caller), code, DECEMBER, regions.Span.MONTH))
    mine = run(
        regions.survey(uow.acting_as(officer(HAIBOWAN)), HAIBOWAN, DECEMBER, regions.Span.MONTH)
    )
    assert mine.line.source is Source.COMPUTED
    with pytest.raises(FieldValueError, match="has not begun"):
        run(regions.survey(uow, "150000", Month(2024, 1), regions.Span.MONTH))


def test_a_programme_over_several_cities_grafts_each_district_onto_its_own_city() -> None:
    """A programme whose "city" is a province (as the national benchmark's is) computes the
    province and each district; the cities in between are their districts' sums."""
    uow = FakeUnitOfWork(by=CITY, today=DECEMBER.last_day)
    uow.programmes.by_code[P] = factories.programme(
        ("900101", "900201"), city=City(code="900000", name="基准省")
    )
    for code, district in (("A", "900101"), ("B", "900201")):
        uow.compounds.add(P, factories.compound(code, district))
        uow.plans.table.put((P, code), factories.plan(code, year=2023))
    cities = tuple(core.Region(code=f"90{n}00", name=f"第{n}市") for n in ("01", "02"))
    run(regions.add_province(regions.AddProvince(province=core.Region(
        code="900000", name="基准省", parts=cities)), uow))  # fmt: skip
    report = run(regions.survey(uow, "900000", DECEMBER, regions.Span.YEAR_TO_DATE))
    province = report.line
    assert province.source is Source.COMPUTED
    assert [(c.source, [d.region.code for d in c.parts]) for c in province.parts] == [
        (Source.SUMMED, ["900101"]),
        (Source.SUMMED, ["900201"]),
    ]
    assert report.findings == ()
    with pytest.raises(RuleViolation, match="computed from them"):
        declare(uow, DECEMBER, ytd(1, 1), "900000")


def test_a_roll_up_of_figures_each_at_their_bounds_is_never_refused(uow: FakeUnitOfWork) -> None:
    """Two cities each declaring as much as a figure may hold add up beyond it: a read that
    sums them still answers."""
    most = SurveyFigures(
        planned=Quantities(compounds=10**9, households=10**9, floor_area_m2=Decimal(10**14 - 1)),
        investment_planned_yuan=Decimal(10**14 - 1),
    )
    declare(uow, DECEMBER, most)
    declare(uow, DECEMBER, most, "150202")
    province = run(regions.survey(uow, "150000", DECEMBER, regions.Span.YEAR_TO_DATE)).line
    assert province.figures is not None
    assert province.figures.planned.compounds > 10**9


def test_a_year_to_date_is_held_between_the_nearest_months_declared(uow: FakeUnitOfWork) -> None:
    """January then April declared: April may not fall below January, though February and
    March are not declared."""
    declare(uow, Month(2023, 1), ytd(40, 30))
    with pytest.raises(FieldValueError, match="beside 2023-01") as fell:
        declare(uow, Month(2023, 4), ytd(40, 10))
    assert fell.value.field == "figures.started.compounds"


def test_a_programme_is_loaded_within_the_callers_region_and_not_over_declared_figures(
    uow: FakeUnitOfWork,
) -> None:
    baotou = factories.programme((), code="baotou", city=City(code=BAOTOU, name="包头市"))
    bound = core.Principal(actor="key:w", role=core.Role.CITY_ADMIN, region="150300")
    with pytest.raises(OutsideScope):
        run(register.load_programme(register.LoadProgramme(dataset=Dataset(programme=baotou)),
                                    uow.acting_as(bound)))  # fmt: skip
    declare(uow, Month(2023, 5), ytd(40, 30))
    with pytest.raises(RuleViolation, match="one truth per row") as refused:
        run(register.load_programme(register.LoadProgramme(dataset=Dataset(programme=baotou)), uow))
    assert refused.value.rule == "declared-here"
