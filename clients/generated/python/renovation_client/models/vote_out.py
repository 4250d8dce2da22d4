from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.matter import Matter

if TYPE_CHECKING:
    from ..models.ballot_out import BallotOut
    from ..models.threshold_out import ThresholdOut


T = TypeVar("T", bound="VoteOut")


@_attrs_define
class VoteOut:
    """
    Attributes:
        compound (str):
        number (int):
        matter (Matter): The matters owners decide together (art. 278, items 1–9).
        building (None | str):
        entrance (None | str):
        opened_on (datetime.date):
        closed_on (datetime.date | None):
        electorate_households (int):
        electorate_owners (int):
        electorate_area_m2 (str): Square metres, as an exact decimal string with at most 2 decimal places.
        ballots (list[BallotOut]):
        passed (bool):
        thresholds (list[ThresholdOut]):
        failed (list[str]):
    """

    compound: str
    number: int
    matter: Matter
    building: None | str
    entrance: None | str
    opened_on: datetime.date
    closed_on: datetime.date | None
    electorate_households: int
    electorate_owners: int
    electorate_area_m2: str
    ballots: list[BallotOut]
    passed: bool
    thresholds: list[ThresholdOut]
    failed: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        number = self.number

        matter = self.matter.value

        building: None | str
        building = self.building

        entrance: None | str
        entrance = self.entrance

        opened_on = self.opened_on.isoformat()

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        electorate_households = self.electorate_households

        electorate_owners = self.electorate_owners

        electorate_area_m2 = self.electorate_area_m2

        ballots = []
        for ballots_item_data in self.ballots:
            ballots_item = ballots_item_data.to_dict()
            ballots.append(ballots_item)

        passed = self.passed

        thresholds = []
        for thresholds_item_data in self.thresholds:
            thresholds_item = thresholds_item_data.to_dict()
            thresholds.append(thresholds_item)

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "number": number,
                "matter": matter,
                "building": building,
                "entrance": entrance,
                "opened_on": opened_on,
                "closed_on": closed_on,
                "electorate_households": electorate_households,
                "electorate_owners": electorate_owners,
                "electorate_area_m2": electorate_area_m2,
                "ballots": ballots,
                "passed": passed,
                "thresholds": thresholds,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ballot_out import BallotOut  # noqa: PLC0415
        from ..models.threshold_out import ThresholdOut  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        number = d.pop("number")

        matter = Matter(d.pop("matter"))

        def _parse_building(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        building = _parse_building(d.pop("building"))

        def _parse_entrance(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entrance = _parse_entrance(d.pop("entrance"))

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        electorate_households = d.pop("electorate_households")

        electorate_owners = d.pop("electorate_owners")

        electorate_area_m2 = d.pop("electorate_area_m2")

        ballots = []
        _ballots = d.pop("ballots")
        for ballots_item_data in _ballots:
            ballots_item = BallotOut.from_dict(ballots_item_data)

            ballots.append(ballots_item)

        passed = d.pop("passed")

        thresholds = []
        _thresholds = d.pop("thresholds")
        for thresholds_item_data in _thresholds:
            thresholds_item = ThresholdOut.from_dict(thresholds_item_data)

            thresholds.append(thresholds_item)

        failed = cast(list[str], d.pop("failed"))

        vote_out = cls(
            compound=compound,
            number=number,
            matter=matter,
            building=building,
            entrance=entrance,
            opened_on=opened_on,
            closed_on=closed_on,
            electorate_households=electorate_households,
            electorate_owners=electorate_owners,
            electorate_area_m2=electorate_area_m2,
            ballots=ballots,
            passed=passed,
            thresholds=thresholds,
            failed=failed,
        )

        vote_out.additional_properties = d
        return vote_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
