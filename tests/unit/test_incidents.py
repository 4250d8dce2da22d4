"""重大建设信息: a major event is reported at once, dated by the server, shown on the warnings
until closed."""

import datetime
from typing import Any

import pytest

from renovation_core.converter import structure
from renovation_core.delivery import EventClosure, EventKind, MajorEvent, Project, Stage
from renovation_core.errors import DataError, FieldValueError, RuleViolation
from tests.unit.test_delivery import TODAY, approved, building, completed, step
from tests.unit.test_duties import warnings

D = datetime.date
CST = datetime.timezone(datetime.timedelta(hours=8))
AT = datetime.datetime(2023, 6, 14, 15, 20, tzinfo=CST)
NEXT_DAY = D(2023, 6, 15)


def reported(
    now: datetime.datetime = datetime.datetime(2023, 6, 15, 9, tzinfo=CST),
    at: datetime.datetime = AT,
) -> Project:
    return building().report_event(
        kind=EventKind.STOPPAGE,
        occurred_at=at,
        consequence="开挖发现未登记燃气管线\n停工待确认",
        measures="现场封闭，燃气公司排查",
        by="key:district",
        now=now,
    )


def test_an_event_reported_by_the_next_day_is_on_time_and_open_until_closed() -> None:
    project = reported()
    [event] = project.major_events
    assert (event.number, event.reported_on, event.late) == (1, D(2023, 6, 15), False)
    assert warnings(project, day=D(2023, 6, 20))[-1] == (
        "major_event",
        D(2023, 6, 14),
        "major event 1, stoppage, reported on 2023-06-15: 开挖发现未登记燃气管线 停工待确认",
    )
    closed = project.close_event(
        1, EventClosure(on=D(2023, 6, 16), by="王主任", outcome="迁改后复工"), TODAY
    )
    assert "major_event" not in [w[0] for w in warnings(closed, day=D(2023, 6, 20))]
    assert "major_event" in [w[0] for w in warnings(closed, day=D(2023, 6, 15))]  # open then
    with pytest.raises(RuleViolation) as again:
        closed.close_event(1, EventClosure(on=D(2023, 6, 17), by="王主任", outcome="再次"), TODAY)
    assert again.value.rule == "already-closed"
    with pytest.raises(LookupError):
        project.close_event(2, EventClosure(on=D(2023, 6, 16), by="王主任", outcome="无"), TODAY)


def test_a_late_report_says_so_and_a_future_or_unplanned_time_is_refused() -> None:
    [late] = reported(now=datetime.datetime(2023, 6, 17, 8, tzinfo=CST)).major_events
    assert late.late
    assert "late (after 1 day)" in late.summary
    # The day in China decides: 23:30 UTC on the 13th is the 14th in Wuhai.
    utc = datetime.datetime(2023, 6, 13, 23, 30, tzinfo=datetime.UTC)
    assert reported(at=utc).major_events[0].occurred_on == D(2023, 6, 14)
    # Not after the report, to the minute: 15:20 is refused when reported at 15:19 that day.
    with pytest.raises(FieldValueError, match="after the report"):
        reported(now=datetime.datetime(2023, 6, 14, 15, 19, tzinfo=CST))
    assert reported(now=AT).major_events[0].reported_on == D(2023, 6, 14)
    with pytest.raises(FieldValueError, match="the plan entry"):
        reported(at=datetime.datetime(2021, 1, 1, tzinfo=CST))
    suspended = step(building(), Stage.SUSPENDED, D(2023, 6, 1), reason="停工")
    assert suspended.report_event(
        kind=EventKind.OTHER,
        occurred_at=AT,
        consequence="c",
        measures="m",
        by="k",
        now=datetime.datetime(2023, 12, 31, tzinfo=CST),
    ).major_events


def test_a_time_without_its_offset_is_refused() -> None:
    with pytest.raises(DataError) as error:
        structure(
            {
                "number": 1,
                "kind": "stoppage",
                "occurred_at": "2023-06-14T15:20:00",
                "consequence": "c",
                "measures": "m",
                "reported_on": "2023-06-15",
                "reported_by": "k",
            },
            MajorEvent,
        )
    assert [e.path for e in error.value.errors] == ["$.occurred_at"]


def test_materials_are_recorded_with_their_site_inspection_from_the_award_to_completion() -> None:
    """严把材料采购或供应: each supply names its inspection; none before the tender or after
    the works are complete."""
    supply: dict[str, Any] = {
        "material": "PE给水管 DN110",
        "supplier": "内蒙古联塑管业有限公司",
        "quantity": "1200 米",
        "inspection": "进场检验报告 JC-2023-0417",
        "today": TODAY,
    }
    project = building().supply_material(delivered_on=D(2023, 4, 20), **supply)
    [recorded] = project.materials
    assert (recorded.number, recorded.delivered_on) == (1, D(2023, 4, 20))
    with pytest.raises(FieldValueError, match="must not be blank"):
        building().supply_material(delivered_on=D(2023, 4, 20), **supply | {"inspection": " "})
    with pytest.raises(FieldValueError, match="the project's step to tendered"):
        building().supply_material(delivered_on=D(2021, 1, 1), **supply)
    with pytest.raises(RuleViolation) as early:
        approved().supply_material(delivered_on=D(2023, 4, 20), **supply)
    assert early.value.rule == "wrong-stage"


def test_an_event_is_on_the_warnings_from_its_report_even_once_the_project_is_cancelled() -> None:
    project = reported(now=datetime.datetime(2023, 6, 20, 12, tzinfo=CST))
    assert "major_event" not in [w[0] for w in warnings(project, day=D(2023, 6, 19))]
    cancelled = step(project, Stage.CANCELLED, D(2023, 6, 21), reason="并入棚改")
    assert ("major_event", D(2023, 6, 14)) in [
        w[:2] for w in warnings(cancelled, day=D(2023, 6, 30))
    ]
    with pytest.raises(FieldValueError, match="between 1900 and 2100"):
        reported(
            at=datetime.datetime(1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=14)))
        )


def test_inspections_count_afresh_from_a_resumption_and_materials_stop_at_completion() -> None:
    started = building()  # construction from 2023-04-10
    stopped = step(started, Stage.SUSPENDED, D(2023, 4, 20), reason="冬季停工")
    resumed = step(stopped, Stage.UNDER_CONSTRUCTION, D(2023, 8, 1))
    assert "inspection_overdue" not in [w[0] for w in warnings(resumed, day=D(2023, 8, 20))]
    assert "inspection_overdue" in [w[0] for w in warnings(resumed, day=D(2023, 9, 1))]
    done = completed()
    finished = done.reached(Stage.COMPLETED)
    assert finished is not None
    with pytest.raises(FieldValueError, match="after the completion of the works"):
        done.supply_material(
            material="水泥",
            supplier="乌海水泥厂",
            quantity="20 吨",
            delivered_on=finished.on + datetime.timedelta(days=1),
            inspection="JC-1",
            today=TODAY,
        )
