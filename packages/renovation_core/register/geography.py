"""Where compounds are: the city, its districts, streets (街道/镇) and communities (社区).

Cities and districts are identified by their GB/T 2260 administrative division codes; streets and
communities by the longer statistical division codes (统计用区划代码) that extend them.
"""

import attrs

from renovation_core.validators import matches, not_blank, unique_by


def is_division_code(code: str) -> bool:
    """A GB/T 2260 code: six ASCII digits."""
    return len(code) == 6 and code.isascii() and code.isdigit()


def is_local_code(code: str) -> bool:
    """A street or community code: 7 to 32 ASCII digits, extending a GB/T 2260 code."""
    return 6 < len(code) <= 32 and code.isascii() and code.isdigit()


DIVISION_CODE_PATTERN = r"^[0-9]{6}$"
LOCAL_CODE_PATTERN = r"^[0-9]{7,32}$"
division_code = matches(
    is_division_code, "a six-digit GB/T 2260 code", pattern=DIVISION_CODE_PATTERN
)
_local_code = matches(
    is_local_code, "a code of 7 to 32 digits (统计用区划代码)", pattern=LOCAL_CODE_PATTERN
)


@attrs.frozen(kw_only=True)
class Community:
    """A residents' community (社区), the body closest to a compound's residents."""

    code: str = attrs.field(validator=_local_code)
    name: str = attrs.field(validator=not_blank)


@attrs.frozen(kw_only=True)
class Street:
    """A sub-district office (街道) or town (镇) that runs renovation locally."""

    code: str = attrs.field(validator=_local_code)
    name: str = attrs.field(validator=not_blank)
    communities: tuple[Community, ...] = attrs.field(
        default=(), validator=unique_by(lambda c: c.code, "community code")
    )


@attrs.frozen(kw_only=True)
class District:
    """An administrative district (区), the unit that owns targets and reports progress."""

    code: str = attrs.field(validator=division_code)
    name: str = attrs.field(validator=not_blank)
    name_en: str | None = None
    streets: tuple[Street, ...] = attrs.field(
        default=(), validator=unique_by(lambda s: s.code, "street code")
    )


@attrs.frozen(kw_only=True)
class City:
    """The city that runs the programme."""

    code: str = attrs.field(validator=division_code)
    name: str = attrs.field(validator=not_blank)
    name_en: str | None = None

    def contains(self, division_code: str) -> bool:
        """Whether a district's code falls under this city's code (150302 under 150300)."""
        prefix = self.code
        while prefix.endswith("00"):
            prefix = prefix[:-2]
        return division_code.startswith(prefix) and division_code != self.code
