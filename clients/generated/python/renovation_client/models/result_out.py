from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_out_status import ResultOutStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inversion_out import InversionOut
    from ..models.move_out import MoveOut
    from ..models.proposed_year import ProposedYear
    from ..models.standing_out import StandingOut


T = TypeVar("T", bound="ResultOut")


@_attrs_define
class ResultOut:
    """
    Attributes:
        status (ResultOutStatus):
        gap (float | None):
        lateness_current (int):
        lateness_proposed (int | None):
        inversions_current (int):
        inversions_proposed (int | None):
        years (list[ProposedYear]):
        moves (list[MoveOut]):
        standings (list[StandingOut]):
        conflicts (list[str]):
        minimal (bool):
        street_years_current (int | None | Unset):
        street_years_proposed (int | None | Unset):
        inverted (list[InversionOut] | Unset):
    """

    status: ResultOutStatus
    gap: float | None
    lateness_current: int
    lateness_proposed: int | None
    inversions_current: int
    inversions_proposed: int | None
    years: list[ProposedYear]
    moves: list[MoveOut]
    standings: list[StandingOut]
    conflicts: list[str]
    minimal: bool
    street_years_current: int | None | Unset = UNSET
    street_years_proposed: int | None | Unset = UNSET
    inverted: list[InversionOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        gap: float | None
        gap = self.gap

        lateness_current = self.lateness_current

        lateness_proposed: int | None
        lateness_proposed = self.lateness_proposed

        inversions_current = self.inversions_current

        inversions_proposed: int | None
        inversions_proposed = self.inversions_proposed

        years = []
        for years_item_data in self.years:
            years_item = years_item_data.to_dict()
            years.append(years_item)

        moves = []
        for moves_item_data in self.moves:
            moves_item = moves_item_data.to_dict()
            moves.append(moves_item)

        standings = []
        for standings_item_data in self.standings:
            standings_item = standings_item_data.to_dict()
            standings.append(standings_item)

        conflicts = self.conflicts

        minimal = self.minimal

        street_years_current: int | None | Unset
        if isinstance(self.street_years_current, Unset):
            street_years_current = UNSET
        else:
            street_years_current = self.street_years_current

        street_years_proposed: int | None | Unset
        if isinstance(self.street_years_proposed, Unset):
            street_years_proposed = UNSET
        else:
            street_years_proposed = self.street_years_proposed

        inverted: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inverted, Unset):
            inverted = []
            for inverted_item_data in self.inverted:
                inverted_item = inverted_item_data.to_dict()
                inverted.append(inverted_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "gap": gap,
                "lateness_current": lateness_current,
                "lateness_proposed": lateness_proposed,
                "inversions_current": inversions_current,
                "inversions_proposed": inversions_proposed,
                "years": years,
                "moves": moves,
                "standings": standings,
                "conflicts": conflicts,
                "minimal": minimal,
            }
        )
        if street_years_current is not UNSET:
            field_dict["street_years_current"] = street_years_current
        if street_years_proposed is not UNSET:
            field_dict["street_years_proposed"] = street_years_proposed
        if inverted is not UNSET:
            field_dict["inverted"] = inverted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inversion_out import InversionOut  # noqa: PLC0415
        from ..models.move_out import MoveOut  # noqa: PLC0415
        from ..models.proposed_year import ProposedYear  # noqa: PLC0415
        from ..models.standing_out import StandingOut  # noqa: PLC0415

        d = dict(src_dict)
        status = ResultOutStatus(d.pop("status"))

        def _parse_gap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        gap = _parse_gap(d.pop("gap"))

        lateness_current = d.pop("lateness_current")

        def _parse_lateness_proposed(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        lateness_proposed = _parse_lateness_proposed(d.pop("lateness_proposed"))

        inversions_current = d.pop("inversions_current")

        def _parse_inversions_proposed(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        inversions_proposed = _parse_inversions_proposed(d.pop("inversions_proposed"))

        years = []
        _years = d.pop("years")
        for years_item_data in _years:
            years_item = ProposedYear.from_dict(years_item_data)

            years.append(years_item)

        moves = []
        _moves = d.pop("moves")
        for moves_item_data in _moves:
            moves_item = MoveOut.from_dict(moves_item_data)

            moves.append(moves_item)

        standings = []
        _standings = d.pop("standings")
        for standings_item_data in _standings:
            standings_item = StandingOut.from_dict(standings_item_data)

            standings.append(standings_item)

        conflicts = cast(list[str], d.pop("conflicts"))

        minimal = d.pop("minimal")

        def _parse_street_years_current(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        street_years_current = _parse_street_years_current(d.pop("street_years_current", UNSET))

        def _parse_street_years_proposed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        street_years_proposed = _parse_street_years_proposed(d.pop("street_years_proposed", UNSET))

        _inverted = d.pop("inverted", UNSET)
        inverted: list[InversionOut] | Unset = UNSET
        if _inverted is not UNSET:
            inverted = []
            for inverted_item_data in _inverted:
                inverted_item = InversionOut.from_dict(inverted_item_data)

                inverted.append(inverted_item)

        result_out = cls(
            status=status,
            gap=gap,
            lateness_current=lateness_current,
            lateness_proposed=lateness_proposed,
            inversions_current=inversions_current,
            inversions_proposed=inversions_proposed,
            years=years,
            moves=moves,
            standings=standings,
            conflicts=conflicts,
            minimal=minimal,
            street_years_current=street_years_current,
            street_years_proposed=street_years_proposed,
            inverted=inverted,
        )

        result_out.additional_properties = d
        return result_out

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
