from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.network import Network
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organisation_body import OrganisationBody
    from ..models.profile_body import ProfileBody


T = TypeVar("T", bound="ProjectFacts")


@_attrs_define
class ProjectFacts:
    """
    Attributes:
        client (OrganisationBody):
        profile (ProfileBody):
        networks (list[Network] | None | Unset):
        budget_yuan (None | str | Unset): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    client: OrganisationBody
    profile: ProfileBody
    networks: list[Network] | None | Unset = UNSET
    budget_yuan: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        profile = self.profile.to_dict()

        networks: list[str] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, list):
            networks = []
            for networks_type_0_item_data in self.networks:
                networks_type_0_item = networks_type_0_item_data.value
                networks.append(networks_type_0_item)

        else:
            networks = self.networks

        budget_yuan: None | str | Unset
        if isinstance(self.budget_yuan, Unset):
            budget_yuan = UNSET
        else:
            budget_yuan = self.budget_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client": client,
                "profile": profile,
            }
        )
        if networks is not UNSET:
            field_dict["networks"] = networks
        if budget_yuan is not UNSET:
            field_dict["budget_yuan"] = budget_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organisation_body import OrganisationBody  # noqa: PLC0415
        from ..models.profile_body import ProfileBody  # noqa: PLC0415

        d = dict(src_dict)
        client = OrganisationBody.from_dict(d.pop("client"))

        profile = ProfileBody.from_dict(d.pop("profile"))

        def _parse_networks(data: object) -> list[Network] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                networks_type_0 = []
                _networks_type_0 = data
                for networks_type_0_item_data in _networks_type_0:
                    networks_type_0_item = Network(networks_type_0_item_data)

                    networks_type_0.append(networks_type_0_item)

                return networks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Network] | None | Unset, data)

        networks = _parse_networks(d.pop("networks", UNSET))

        def _parse_budget_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_yuan = _parse_budget_yuan(d.pop("budget_yuan", UNSET))

        project_facts = cls(
            client=client,
            profile=profile,
            networks=networks,
            budget_yuan=budget_yuan,
        )

        return project_facts
