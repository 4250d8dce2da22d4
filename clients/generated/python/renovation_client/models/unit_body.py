from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organisation_body import OrganisationBody
    from ..models.qualification_body import QualificationBody


T = TypeVar("T", bound="UnitBody")


@_attrs_define
class UnitBody:
    """
    Attributes:
        organisation (OrganisationBody):
        qualification (None | QualificationBody | Unset):
    """

    organisation: OrganisationBody
    qualification: None | QualificationBody | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.qualification_body import QualificationBody  # noqa: PLC0415

        organisation = self.organisation.to_dict()

        qualification: dict[str, Any] | None | Unset
        if isinstance(self.qualification, Unset):
            qualification = UNSET
        elif isinstance(self.qualification, QualificationBody):
            qualification = self.qualification.to_dict()
        else:
            qualification = self.qualification

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisation": organisation,
            }
        )
        if qualification is not UNSET:
            field_dict["qualification"] = qualification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organisation_body import OrganisationBody  # noqa: PLC0415
        from ..models.qualification_body import QualificationBody  # noqa: PLC0415

        d = dict(src_dict)
        organisation = OrganisationBody.from_dict(d.pop("organisation"))

        def _parse_qualification(data: object) -> None | QualificationBody | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qualification_type_0 = QualificationBody.from_dict(data)

                return qualification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QualificationBody | Unset, data)

        qualification = _parse_qualification(d.pop("qualification", UNSET))

        unit_body = cls(
            organisation=organisation,
            qualification=qualification,
        )

        return unit_body
