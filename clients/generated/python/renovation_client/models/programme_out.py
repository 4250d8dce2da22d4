from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.city_out import CityOut
    from ..models.policy_out import PolicyOut
    from ..models.provenance_out import ProvenanceOut
    from ..models.total_out import TotalOut


T = TypeVar("T", bound="ProgrammeOut")


@_attrs_define
class ProgrammeOut:
    """
    Attributes:
        code (str):
        name (str): One line of text: no control characters.
        city (CityOut):
        published_on (datetime.date | None):
        start_year (int):
        end_year (int):
        eligibility_cutoff_year (int):
        first_year_cutoff_year (int | None):
        partial_annual_rows (bool):
        total_target (None | TotalOut):
        provenance (None | ProvenanceOut):
        policy (PolicyOut):
    """

    code: str
    name: str
    city: CityOut
    published_on: datetime.date | None
    start_year: int
    end_year: int
    eligibility_cutoff_year: int
    first_year_cutoff_year: int | None
    partial_annual_rows: bool
    total_target: None | TotalOut
    provenance: None | ProvenanceOut
    policy: PolicyOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provenance_out import ProvenanceOut  # noqa: PLC0415
        from ..models.total_out import TotalOut  # noqa: PLC0415

        code = self.code

        name = self.name

        city = self.city.to_dict()

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        start_year = self.start_year

        end_year = self.end_year

        eligibility_cutoff_year = self.eligibility_cutoff_year

        first_year_cutoff_year: int | None
        first_year_cutoff_year = self.first_year_cutoff_year

        partial_annual_rows = self.partial_annual_rows

        total_target: dict[str, Any] | None
        if isinstance(self.total_target, TotalOut):
            total_target = self.total_target.to_dict()
        else:
            total_target = self.total_target

        provenance: dict[str, Any] | None
        if isinstance(self.provenance, ProvenanceOut):
            provenance = self.provenance.to_dict()
        else:
            provenance = self.provenance

        policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "city": city,
                "published_on": published_on,
                "start_year": start_year,
                "end_year": end_year,
                "eligibility_cutoff_year": eligibility_cutoff_year,
                "first_year_cutoff_year": first_year_cutoff_year,
                "partial_annual_rows": partial_annual_rows,
                "total_target": total_target,
                "provenance": provenance,
                "policy": policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.city_out import CityOut  # noqa: PLC0415
        from ..models.policy_out import PolicyOut  # noqa: PLC0415
        from ..models.provenance_out import ProvenanceOut  # noqa: PLC0415
        from ..models.total_out import TotalOut  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        city = CityOut.from_dict(d.pop("city"))

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        start_year = d.pop("start_year")

        end_year = d.pop("end_year")

        eligibility_cutoff_year = d.pop("eligibility_cutoff_year")

        def _parse_first_year_cutoff_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_year_cutoff_year = _parse_first_year_cutoff_year(d.pop("first_year_cutoff_year"))

        partial_annual_rows = d.pop("partial_annual_rows")

        def _parse_total_target(data: object) -> None | TotalOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_target_type_0 = TotalOut.from_dict(data)

                return total_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TotalOut, data)

        total_target = _parse_total_target(d.pop("total_target"))

        def _parse_provenance(data: object) -> None | ProvenanceOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provenance_type_0 = ProvenanceOut.from_dict(data)

                return provenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProvenanceOut, data)

        provenance = _parse_provenance(d.pop("provenance"))

        policy = PolicyOut.from_dict(d.pop("policy"))

        programme_out = cls(
            code=code,
            name=name,
            city=city,
            published_on=published_on,
            start_year=start_year,
            end_year=end_year,
            eligibility_cutoff_year=eligibility_cutoff_year,
            first_year_cutoff_year=first_year_cutoff_year,
            partial_annual_rows=partial_annual_rows,
            total_target=total_target,
            provenance=provenance,
            policy=policy,
        )

        programme_out.additional_properties = d
        return programme_out

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
