from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_event_out_action import AuditEventOutAction
from ..models.role import Role

if TYPE_CHECKING:
    from ..models.audit_event_out_after_type_0 import AuditEventOutAfterType0
    from ..models.audit_event_out_before_type_0 import AuditEventOutBeforeType0


T = TypeVar("T", bound="AuditEventOut")


@_attrs_define
class AuditEventOut:
    """
    Attributes:
        id (int):
        at (datetime.datetime):
        actor (str): Who: key:<key id> for an API key, user:<subject> for a person signed in through the identity
            provider, cli:<account> for the command line.
        role (Role):
        action (AuditEventOutAction):
        resource (str): What: the resource's path, e.g. /v1/programmes/wuhai-2022-2024/compounds/X.
        before (AuditEventOutBeforeType0 | None): The resource as the API showed it (API keys: never the secret).
        after (AuditEventOutAfterType0 | None): The resource as the API showed it (API keys: never the secret).
        request_id (None | str):
    """

    id: int
    at: datetime.datetime
    actor: str
    role: Role
    action: AuditEventOutAction
    resource: str
    before: AuditEventOutBeforeType0 | None
    after: AuditEventOutAfterType0 | None
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_event_out_after_type_0 import AuditEventOutAfterType0  # noqa: PLC0415
        from ..models.audit_event_out_before_type_0 import AuditEventOutBeforeType0  # noqa: PLC0415

        id = self.id

        at = self.at.isoformat()

        actor = self.actor

        role = self.role.value

        action = self.action.value

        resource = self.resource

        before: dict[str, Any] | None
        if isinstance(self.before, AuditEventOutBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None
        if isinstance(self.after, AuditEventOutAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "actor": actor,
                "role": role,
                "action": action,
                "resource": resource,
                "before": before,
                "after": after,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_out_after_type_0 import AuditEventOutAfterType0  # noqa: PLC0415
        from ..models.audit_event_out_before_type_0 import AuditEventOutBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        actor = d.pop("actor")

        role = Role(d.pop("role"))

        action = AuditEventOutAction(d.pop("action"))

        resource = d.pop("resource")

        def _parse_before(data: object) -> AuditEventOutBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditEventOutBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventOutBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))

        def _parse_after(data: object) -> AuditEventOutAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditEventOutAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventOutAfterType0 | None, data)

        after = _parse_after(d.pop("after"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        audit_event_out = cls(
            id=id,
            at=at,
            actor=actor,
            role=role,
            action=action,
            resource=resource,
            before=before,
            after=after,
            request_id=request_id,
        )

        audit_event_out.additional_properties = d
        return audit_event_out

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
