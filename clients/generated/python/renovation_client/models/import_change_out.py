from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_change_out_action import ImportChangeOutAction
from ..models.import_change_out_record import ImportChangeOutRecord

if TYPE_CHECKING:
    from ..models.import_change_out_after import ImportChangeOutAfter
    from ..models.import_change_out_before_type_0 import ImportChangeOutBeforeType0


T = TypeVar("T", bound="ImportChangeOut")


@_attrs_define
class ImportChangeOut:
    """
    Attributes:
        id (int):
        import_ (int):
        row (int):
        compound (str):
        record (ImportChangeOutRecord):
        action (ImportChangeOutAction):
        before (ImportChangeOutBeforeType0 | None): A compound's fields as the API names them (its condition's, under
            `condition`), or a plan as the API shows it.
        after (ImportChangeOutAfter): A compound's fields as the API names them (its condition's, under `condition`), or
            a plan as the API shows it.
        submitted_by (str): One line of text: no control characters.
        submitted_at (datetime.datetime):
        sha256 (None | str): The file's SHA-256, in lowercase hexadecimal.
    """

    id: int
    import_: int
    row: int
    compound: str
    record: ImportChangeOutRecord
    action: ImportChangeOutAction
    before: ImportChangeOutBeforeType0 | None
    after: ImportChangeOutAfter
    submitted_by: str
    submitted_at: datetime.datetime
    sha256: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_change_out_before_type_0 import ImportChangeOutBeforeType0  # noqa: PLC0415

        id = self.id

        import_ = self.import_

        row = self.row

        compound = self.compound

        record = self.record.value

        action = self.action.value

        before: dict[str, Any] | None
        if isinstance(self.before, ImportChangeOutBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after = self.after.to_dict()

        submitted_by = self.submitted_by

        submitted_at = self.submitted_at.isoformat()

        sha256: None | str
        sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "import": import_,
                "row": row,
                "compound": compound,
                "record": record,
                "action": action,
                "before": before,
                "after": after,
                "submitted_by": submitted_by,
                "submitted_at": submitted_at,
                "sha256": sha256,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_change_out_after import ImportChangeOutAfter  # noqa: PLC0415
        from ..models.import_change_out_before_type_0 import ImportChangeOutBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        import_ = d.pop("import")

        row = d.pop("row")

        compound = d.pop("compound")

        record = ImportChangeOutRecord(d.pop("record"))

        action = ImportChangeOutAction(d.pop("action"))

        def _parse_before(data: object) -> ImportChangeOutBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = ImportChangeOutBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportChangeOutBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))

        after = ImportChangeOutAfter.from_dict(d.pop("after"))

        submitted_by = d.pop("submitted_by")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        def _parse_sha256(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sha256 = _parse_sha256(d.pop("sha256"))

        import_change_out = cls(
            id=id,
            import_=import_,
            row=row,
            compound=compound,
            record=record,
            action=action,
            before=before,
            after=after,
            submitted_by=submitted_by,
            submitted_at=submitted_at,
            sha256=sha256,
        )

        import_change_out.additional_properties = d
        return import_change_out

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
