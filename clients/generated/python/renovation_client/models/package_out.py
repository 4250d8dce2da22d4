from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.award_in import AwardIn


T = TypeVar("T", bound="PackageOut")


@_attrs_define
class PackageOut:
    """
    Attributes:
        code (str):
        name (str): One line of text: no control characters.
        year (int):
        compounds (list[str]):
        award (AwardIn | None):
    """

    code: str
    name: str
    year: int
    compounds: list[str]
    award: AwardIn | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.award_in import AwardIn  # noqa: PLC0415

        code = self.code

        name = self.name

        year = self.year

        compounds = self.compounds

        award: dict[str, Any] | None
        if isinstance(self.award, AwardIn):
            award = self.award.to_dict()
        else:
            award = self.award

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "year": year,
                "compounds": compounds,
                "award": award,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.award_in import AwardIn  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        year = d.pop("year")

        compounds = cast(list[str], d.pop("compounds"))

        def _parse_award(data: object) -> AwardIn | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                award_type_0 = AwardIn.from_dict(data)

                return award_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AwardIn | None, data)

        award = _parse_award(d.pop("award"))

        package_out = cls(
            code=code,
            name=name,
            year=year,
            compounds=compounds,
            award=award,
        )

        package_out.additional_properties = d
        return package_out

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
