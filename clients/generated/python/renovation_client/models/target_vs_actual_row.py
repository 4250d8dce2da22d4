from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.figures_out import FiguresOut
    from ..models.variance_out import VarianceOut


T = TypeVar("T", bound="TargetVsActualRow")


@_attrs_define
class TargetVsActualRow:
    """
    Attributes:
        year (int):
        district (None | str):
        district_name (str): One line of text: no control characters.
        target (FiguresOut | None):
        actual (FiguresOut):
        variance (None | VarianceOut):
    """

    year: int
    district: None | str
    district_name: str
    target: FiguresOut | None
    actual: FiguresOut
    variance: None | VarianceOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.figures_out import FiguresOut  # noqa: PLC0415
        from ..models.variance_out import VarianceOut  # noqa: PLC0415

        year = self.year

        district: None | str
        district = self.district

        district_name = self.district_name

        target: dict[str, Any] | None
        if isinstance(self.target, FiguresOut):
            target = self.target.to_dict()
        else:
            target = self.target

        actual = self.actual.to_dict()

        variance: dict[str, Any] | None
        if isinstance(self.variance, VarianceOut):
            variance = self.variance.to_dict()
        else:
            variance = self.variance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "district": district,
                "district_name": district_name,
                "target": target,
                "actual": actual,
                "variance": variance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figures_out import FiguresOut  # noqa: PLC0415
        from ..models.variance_out import VarianceOut  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        district_name = d.pop("district_name")

        def _parse_target(data: object) -> FiguresOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_0 = FiguresOut.from_dict(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FiguresOut | None, data)

        target = _parse_target(d.pop("target"))

        actual = FiguresOut.from_dict(d.pop("actual"))

        def _parse_variance(data: object) -> None | VarianceOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variance_type_0 = VarianceOut.from_dict(data)

                return variance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VarianceOut, data)

        variance = _parse_variance(d.pop("variance"))

        target_vs_actual_row = cls(
            year=year,
            district=district,
            district_name=district_name,
            target=target,
            actual=actual,
            variance=variance,
        )

        target_vs_actual_row.additional_properties = d
        return target_vs_actual_row

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
