"""Regions from the codes up, who reaches which, figures declared month by month, and roll-ups
that add up exactly or say where they do not."""

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

import renovation_core as core
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.oversight import Month
from renovation_core.register.regions import NATION, Level, country, level_of, parent_of, within
from renovation_core.statistics import (
    Quantities,
    Source,
    SurveyFigures,
    declare,
    mismatches,
    month_alone,
    roll_up,
)
from renovation_core.units import to_percent, to_wan

D = datetime.date


def region(code: str, name: str, *parts: core.Region) -> core.Region:
    return core.Region(code=code, name=name, parts=parts)


INNER_MONGOLIA = region(
    "150000",
    "内蒙古自治区",
    region("150300", "乌海市", region("150302", "海勃湾区"), region("150303", "海南区")),
    region("150200", "包头市"),
)


def figures(planned: int, started: int, households: int = 100) -> SurveyFigures:
    def q(n: int) -> Quantities:
        return Quantities(
            compounds=n, buildings=2 * n, households=households * n, floor_area_m2=Decimal(n)
        )

    return SurveyFigures(planned=q(planned), started=q(started), completed=q(0))


def test_a_code_says_its_level_and_parent() -> None:
    assert [level_of(c) for c in ("000000", "150000", "150300", "150302")] == list(Level)
    assert [parent_of(c) for c in ("150302", "150300", "150000", "000000")] == [
        "150300",
        "150000",
        NATION,
        None,
    ]
    assert within("150302", "150000")
    assert within("150302", NATION)
    assert not within("150302", "150200")
    assert not within("150000", "150300")


def test_a_region_holds_only_the_regions_directly_under_it() -> None:
    with pytest.raises(FieldValueError, match=r"150302 is not a city of 150000") as caught:
        region("150000", "内蒙古自治区", region("150302", "海勃湾区"))
    assert caught.value.field == "parts[0].code"
    with pytest.raises(FieldValueError, match="a province's code"):
        core.register.province(region("150300", "乌海市"))
    assert [r.code for r in country((INNER_MONGOLIA,)).walk()][:3] == [NATION, "150000", "150300"]


def test_a_region_bounds_what_a_principal_reaches() -> None:
    officer = core.Principal(actor="p", role=core.Role.PROVINCE_OFFICER, region="150000")
    assert officer.covers("150302", "150302002000")
    assert officer.answers_for("150302")
    assert not officer.covers("110101", "110101001000")
    assert officer.declares_for("150000")
    assert not officer.declares_for("150300")
    assert not officer.may(core.Permission.WRITE_REGISTER)
    wuhai_admin = core.Principal(actor="a", role=core.Role.CITY_ADMIN, region="150300")
    assert wuhai_admin.declares_for("150302")
    assert not wuhai_admin.reaches("150200")
    viewer = core.Principal(actor="n", role=core.Role.NATIONAL_VIEWER)
    assert viewer.reaches("650100")
    assert not viewer.declares_for("650100")
    with pytest.raises(FieldValueError, match="needs its province"):
        core.Principal(actor="p", role=core.Role.PROVINCE_OFFICER)
    with pytest.raises(FieldValueError, match="takes a province's code"):
        core.Principal(actor="p", role=core.Role.PROVINCE_OFFICER, region="150300")
    with pytest.raises(FieldValueError, match="takes none"):
        core.Principal(actor="n", role=core.Role.NATIONAL_VIEWER, region="150000")


def _declare(month: Month, ytd: SurveyFigures, **kw: object) -> core.statistics.Declaration:
    args: dict[str, object] = {
        "computed": False,
        "neighbours": (None, None),
        "on": D(2023, 6, 1),
        "by": "key:x",
    }
    return declare([], "150200", month, ytd, **(args | kw))  # type: ignore[arg-type]


def test_a_declaration_is_refused_where_figures_are_computed_or_the_month_has_not_begun() -> None:
    may = Month(2023, 5)
    with pytest.raises(RuleViolation, match="computed from them") as caught:
        _declare(may, figures(10, 4), computed=True)
    assert caught.value.rule == "computed-here"
    with pytest.raises(FieldValueError, match="has not begun") as not_begun:
        _declare(Month(2023, 7), figures(10, 4))
    assert not_begun.value.field == "month"
    with pytest.raises(FieldValueError, match="the provinces' sum"):
        declare([], NATION, may, figures(1, 1), computed=False, neighbours=(None, None),
                on=D(2023, 6, 1), by="k")  # fmt: skip
    first = _declare(may, figures(10, 4))
    with pytest.raises(RuleViolation, match="a new version with its reason"):
        declare([first], "150200", may, figures(10, 5), computed=False,
                neighbours=(None, None), on=D(2023, 6, 1), by="k")  # fmt: skip
    second = declare([first], "150200", may, figures(10, 5), computed=False,
                     neighbours=(None, None), on=D(2023, 6, 2), by="k", reason="漏报一个")  # fmt: skip
    assert (second.version, second.reason) == (2, "漏报一个")


def test_a_year_to_date_may_not_fall_and_a_month_alone_is_the_difference() -> None:
    april, june = figures(10, 3), figures(10, 6)
    with pytest.raises(FieldValueError, match=r"may not fall from 3 to 2 \(beside 2023-04") as fell:
        _declare(
            Month(2023, 5),
            figures(10, 2),
            neighbours=((Month(2023, 4), april), (Month(2023, 6), june)),
        )
    assert fell.value.field == "figures.started.compounds"
    with pytest.raises(FieldValueError, match="from 7 to 6"):
        _declare(
            Month(2023, 5),
            figures(10, 7),
            neighbours=((Month(2023, 4), april), (Month(2023, 6), june)),
        )
    may = _declare(
        Month(2023, 5), figures(12, 5), neighbours=((Month(2023, 4), april), (Month(2023, 6), june))
    ).figures
    alone = month_alone(may, april)
    assert (alone.planned.compounds, alone.started.compounds, alone.started.households) == (
        12,
        2,
        200,
    )
    assert month_alone(may, None) == may


def test_figures_roll_up_from_where_they_are_and_a_row_that_does_not_add_up_is_found() -> None:
    given = {
        "150302": (Source.COMPUTED, figures(3, 2)),
        "150303": (Source.COMPUTED, figures(2, 1)),
        "150300": (Source.COMPUTED, figures(5, 3)),
        "150200": (Source.DECLARED, figures(7, 7, households=50)),
    }
    line = roll_up(country((INNER_MONGOLIA,)), given)
    [province] = line.parts
    assert province.source is Source.SUMMED
    assert province.figures is not None
    assert line.figures == province.figures
    assert province.figures.planned.compounds == 12
    assert province.figures.started.households == 300 + 350
    assert list(mismatches(line)) == []
    assert roll_up(INNER_MONGOLIA, {}).source is Source.MISSING

    given["150000"] = (Source.DECLARED, figures(13, 10))
    [found] = mismatches(roll_up(country((INNER_MONGOLIA,)), given))
    assert found.region.code == "150000"
    assert found.parts_sum != found.figures


def test_the_national_table_prints_households_in_wan_and_rates_in_percent() -> None:
    assert (to_wan(16_012), to_wan(15_000), to_wan(50)) == (
        Decimal("1.60"),
        Decimal("1.50"),
        Decimal("0.01"),
    )
    assert (to_percent(Fraction(130, 120)), to_percent(Fraction(16_012, 15_000))) == (
        Decimal("108.33"),
        Decimal("106.75"),
    )
