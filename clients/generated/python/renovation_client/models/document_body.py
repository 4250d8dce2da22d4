from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.document_kind import DocumentKind

T = TypeVar("T", bound="DocumentBody")


@_attrs_define
class DocumentBody:
    """
    Attributes:
        kind (DocumentKind):
        reference (str): One line of text: no control characters.
        issued_on (datetime.date):
    """

    kind: DocumentKind
    reference: str
    issued_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        reference = self.reference

        issued_on = self.issued_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "reference": reference,
                "issued_on": issued_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DocumentKind(d.pop("kind"))

        reference = d.pop("reference")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        document_body = cls(
            kind=kind,
            reference=reference,
            issued_on=issued_on,
        )

        return document_body
