from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdoptionIn")


@_attrs_define
class AdoptionIn:
    """
    Attributes:
        compounds (list[str] | None | Unset):
    """

    compounds: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        compounds: list[str] | None | Unset
        if isinstance(self.compounds, Unset):
            compounds = UNSET
        elif isinstance(self.compounds, list):
            compounds = self.compounds

        else:
            compounds = self.compounds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if compounds is not UNSET:
            field_dict["compounds"] = compounds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_compounds(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                compounds_type_0 = cast(list[str], data)

                return compounds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        compounds = _parse_compounds(d.pop("compounds", UNSET))

        adoption_in = cls(
            compounds=compounds,
        )

        return adoption_in
