from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.attendee_role import AttendeeRole
from ..models.network import Network
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendeeBody")


@_attrs_define
class AttendeeBody:
    """
    Attributes:
        role (AttendeeRole):
        name (str): One line of text: no control characters.
        organisation (str): One line of text: no control characters.
        network (Network | None | Unset):
    """

    role: AttendeeRole
    name: str
    organisation: str
    network: Network | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        name = self.name

        organisation = self.organisation

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, Network):
            network = self.network.value
        else:
            network = self.network

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "name": name,
                "organisation": organisation,
            }
        )
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = AttendeeRole(d.pop("role"))

        name = d.pop("name")

        organisation = d.pop("organisation")

        def _parse_network(data: object) -> Network | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_type_0 = Network(data)

                return network_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Network | None | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        attendee_body = cls(
            role=role,
            name=name,
            organisation=organisation,
            network=network,
        )

        return attendee_body
