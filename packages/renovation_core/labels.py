"""Enumerations whose value is a stable English code and which carry their zh-CN label.

Codes are what systems exchange; labels are what people read. Keeping both on the member means
the label comes from the system of record, never from a client's own translation table.
"""

import enum
from typing import Self


class Labelled(enum.Enum):
    """An enum member built from ``(code, zh-CN label)``."""

    _value_: str
    label: str

    def __new__(cls, code: str, label: str) -> Self:
        member = object.__new__(cls)
        member._value_ = code
        member.label = label
        return member

    @property
    def code(self) -> str:
        return self._value_

    @classmethod
    def from_code(cls, code: str) -> Self:
        """The member whose code is ``code``; ``ValueError`` if there is none."""
        member = cls._value2member_map_.get(code)
        if member is None:
            raise ValueError(f"unknown {cls.__name__} code {code!r}")
        return member  # type: ignore[return-value]
