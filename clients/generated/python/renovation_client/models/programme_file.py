from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_file_compound import ProgrammeFileCompound
    from ..models.programme_file_funding_plan import ProgrammeFileFundingPlan
    from ..models.programme_file_policy import ProgrammeFilePolicy
    from ..models.programme_file_programme import ProgrammeFileProgramme
    from ..models.programme_file_provenance import ProgrammeFileProvenance
    from ..models.programme_file_renovation_plan import ProgrammeFileRenovationPlan


T = TypeVar("T", bound="ProgrammeFile")


@_attrs_define
class ProgrammeFile:
    """A programme, its compound register, the compounds' plans and their funding plans, checked
    against each other.

    Attributes:
        programme (ProgrammeFileProgramme): The programme as published, and the settings its rules read.
        format_ (Literal['renovation.programme/1'] | Unset):
        compounds (list[ProgrammeFileCompound] | Unset):
        plans (list[ProgrammeFileRenovationPlan] | Unset):
        fundings (list[ProgrammeFileFundingPlan] | Unset):
        provenance (None | ProgrammeFileProvenance | Unset):
        policy (ProgrammeFilePolicy | Unset): A programme's policy settings (see the module's docstring).
    """

    programme: ProgrammeFileProgramme
    format_: Literal["renovation.programme/1"] | Unset = UNSET
    compounds: list[ProgrammeFileCompound] | Unset = UNSET
    plans: list[ProgrammeFileRenovationPlan] | Unset = UNSET
    fundings: list[ProgrammeFileFundingPlan] | Unset = UNSET
    provenance: None | ProgrammeFileProvenance | Unset = UNSET
    policy: ProgrammeFilePolicy | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.programme_file_provenance import ProgrammeFileProvenance  # noqa: PLC0415

        programme = self.programme.to_dict()

        format_ = self.format_

        compounds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compounds, Unset):
            compounds = []
            for compounds_item_data in self.compounds:
                compounds_item = compounds_item_data.to_dict()
                compounds.append(compounds_item)

        plans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plans, Unset):
            plans = []
            for plans_item_data in self.plans:
                plans_item = plans_item_data.to_dict()
                plans.append(plans_item)

        fundings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fundings, Unset):
            fundings = []
            for fundings_item_data in self.fundings:
                fundings_item = fundings_item_data.to_dict()
                fundings.append(fundings_item)

        provenance: dict[str, Any] | None | Unset
        if isinstance(self.provenance, Unset):
            provenance = UNSET
        elif isinstance(self.provenance, ProgrammeFileProvenance):
            provenance = self.provenance.to_dict()
        else:
            provenance = self.provenance

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "programme": programme,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if compounds is not UNSET:
            field_dict["compounds"] = compounds
        if plans is not UNSET:
            field_dict["plans"] = plans
        if fundings is not UNSET:
            field_dict["fundings"] = fundings
        if provenance is not UNSET:
            field_dict["provenance"] = provenance
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_compound import ProgrammeFileCompound  # noqa: PLC0415
        from ..models.programme_file_funding_plan import ProgrammeFileFundingPlan  # noqa: PLC0415
        from ..models.programme_file_policy import ProgrammeFilePolicy  # noqa: PLC0415
        from ..models.programme_file_programme import ProgrammeFileProgramme  # noqa: PLC0415
        from ..models.programme_file_provenance import ProgrammeFileProvenance  # noqa: PLC0415
        from ..models.programme_file_renovation_plan import ProgrammeFileRenovationPlan  # noqa: PLC0415

        d = dict(src_dict)
        programme = ProgrammeFileProgramme.from_dict(d.pop("programme"))

        format_ = cast(Literal["renovation.programme/1"] | Unset, d.pop("format", UNSET))
        if format_ != "renovation.programme/1" and not isinstance(format_, Unset):
            raise ValueError(f"format must match const 'renovation.programme/1', got '{format_}'")

        _compounds = d.pop("compounds", UNSET)
        compounds: list[ProgrammeFileCompound] | Unset = UNSET
        if _compounds is not UNSET:
            compounds = []
            for compounds_item_data in _compounds:
                compounds_item = ProgrammeFileCompound.from_dict(compounds_item_data)

                compounds.append(compounds_item)

        _plans = d.pop("plans", UNSET)
        plans: list[ProgrammeFileRenovationPlan] | Unset = UNSET
        if _plans is not UNSET:
            plans = []
            for plans_item_data in _plans:
                plans_item = ProgrammeFileRenovationPlan.from_dict(plans_item_data)

                plans.append(plans_item)

        _fundings = d.pop("fundings", UNSET)
        fundings: list[ProgrammeFileFundingPlan] | Unset = UNSET
        if _fundings is not UNSET:
            fundings = []
            for fundings_item_data in _fundings:
                fundings_item = ProgrammeFileFundingPlan.from_dict(fundings_item_data)

                fundings.append(fundings_item)

        def _parse_provenance(data: object) -> None | ProgrammeFileProvenance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provenance_type_0 = ProgrammeFileProvenance.from_dict(data)

                return provenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgrammeFileProvenance | Unset, data)

        provenance = _parse_provenance(d.pop("provenance", UNSET))

        _policy = d.pop("policy", UNSET)
        policy: ProgrammeFilePolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = ProgrammeFilePolicy.from_dict(_policy)

        programme_file = cls(
            programme=programme,
            format_=format_,
            compounds=compounds,
            plans=plans,
            fundings=fundings,
            provenance=provenance,
            policy=policy,
        )

        return programme_file
