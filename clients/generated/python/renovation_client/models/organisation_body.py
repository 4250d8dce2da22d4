from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationBody")


@_attrs_define
class OrganisationBody:
    """
    Attributes:
        name (str): One line of text: no control characters.
        credit_code (None | str | Unset): Unified social credit code (统一社会信用代码, GB 32100-2015).
    """

    name: str
    credit_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credit_code: None | str | Unset
        if isinstance(self.credit_code, Unset):
            credit_code = UNSET
        else:
            credit_code = self.credit_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if credit_code is not UNSET:
            field_dict["credit_code"] = credit_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_credit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_code = _parse_credit_code(d.pop("credit_code", UNSET))

        organisation_body = cls(
            name=name,
            credit_code=credit_code,
        )

        return organisation_body
