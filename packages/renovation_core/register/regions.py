"""The regions figures roll up along: nation → province → city → district (GB/T 2260).

A GB/T 2260 code says its own level and parent: a province ends in 0000 (150000 内蒙古自治区),
a city in 00 (150300 乌海市), a district in neither (150302 海勃湾区), so the tree is checked
against the codes rather than trusted. Which regions exist, and their names, come from data: a
province file lists its cities and, for a city that declares district figures, its districts.
The nation has no GB/T 2260 code of its own; ``NATION`` (000000) stands for it.
"""

from collections.abc import Iterator

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.labels import Labelled
from renovation_core.register.geography import division_code
from renovation_core.validators import MAX_DISTRICTS, at_most, not_blank, unique_by

NATION = "000000"
NATION_NAME = "全国"


class Level(Labelled):
    NATION = ("nation", "全国")
    PROVINCE = ("province", "省级")
    CITY = ("city", "市级")
    DISTRICT = ("district", "县级")


def level_of(code: str) -> Level:
    """The level a six-digit code names."""
    if code == NATION:
        return Level.NATION
    if code.endswith("0000"):
        return Level.PROVINCE
    return Level.CITY if code.endswith("00") else Level.DISTRICT


def parent_of(code: str) -> str | None:
    """The code of the region directly above (``None`` for the nation)."""
    return {
        Level.NATION: None,
        Level.PROVINCE: NATION,
        Level.CITY: code[:2] + "0000",
        Level.DISTRICT: code[:4] + "00",
    }[level_of(code)]


def prefix(region: str) -> str:
    """The digits every code within ``region`` begins with: 1503 for 150300, none for the
    nation."""
    while region.endswith("00"):
        region = region[:-2]
    return region


def within(code: str, region: str) -> bool:
    """Whether ``code`` is ``region`` or lies in it: 150302 in 150300, 150000 and the nation."""
    return code.startswith(prefix(region))


@attrs.frozen(kw_only=True)
class Region:
    """The nation, a province, a city or a district, and the regions directly under it."""

    code: str = attrs.field(validator=division_code)
    name: str = attrs.field(validator=not_blank)
    name_en: str | None = None
    parts: tuple["Region", ...] = attrs.field(
        default=(),
        validator=[at_most(MAX_DISTRICTS, "parts"), unique_by(lambda r: r.code, "region code")],
    )

    def __attrs_post_init__(self) -> None:
        for i, part in enumerate(self.parts):
            if parent_of(part.code) != self.code:
                raise FieldValueError(
                    f"parts[{i}].code",
                    f"{part.code} is not a {_below(self.level).code} of {self.code}",
                )

    @property
    def level(self) -> Level:
        return level_of(self.code)

    def walk(self) -> Iterator["Region"]:
        """This region, then every region under it, depth first."""
        yield self
        for part in self.parts:
            yield from part.walk()

    def find(self, code: str) -> "Region | None":
        return next((r for r in self.walk() if r.code == code), None)


attrs.resolve_types(Region)


def _below(level: Level) -> Level:
    order = list(Level)
    return order[min(order.index(level) + 1, len(order) - 1)]


def province(region: Region) -> Region:
    """``region`` if it is a province: what a province file holds."""
    if region.level is not Level.PROVINCE:
        raise FieldValueError("code", f"{region.code} is not a province's code (…0000)")
    return region


def country(provinces: tuple[Region, ...]) -> Region:
    """The nation over the provinces a deployment holds."""
    return Region(code=NATION, name=NATION_NAME, name_en="China", parts=provinces)
