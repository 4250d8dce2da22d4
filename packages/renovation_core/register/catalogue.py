"""The renovation catalogue (改造内容): three categories, each a list of items with stable codes.

The categories and their obligations are national policy (国办发〔2020〕23号); the items are the
menu a street or community offers residents. A programme may ship its own catalogue; the standard
one below lists every item of the reference plan.
"""

from collections.abc import Iterator

import attrs

from renovation_core.labels import Labelled
from renovation_core.validators import (
    MAX_CATALOGUE_ITEMS,
    MAX_CODE_LENGTH,
    at_most,
    matches,
    not_blank,
    unique_by,
)


class Category(Labelled):
    """改造内容分类."""

    BASIC = ("basic", "基础类")
    IMPROVEMENT = ("improvement", "完善类")
    ENHANCEMENT = ("enhancement", "提升类")

    @property
    def obligation(self) -> str:
        """How far the policy pushes the category: done wherever applicable, as many as possible,
        or actively pursued."""
        return _OBLIGATIONS[self]


_OBLIGATIONS = {
    Category.BASIC: "应改尽改",
    Category.IMPROVEMENT: "能改多改",
    Category.ENHANCEMENT: "积极推进",
}


def _is_code(code: str) -> bool:
    return (
        0 < len(code) <= MAX_CODE_LENGTH
        and code.isascii()
        and code.replace("_", "").isalnum()
        and code == code.lower()
    )


@attrs.frozen(kw_only=True)
class CatalogueItem:
    """One thing a compound's plan can include, e.g. ``elevator_retrofit`` 加装电梯."""

    code: str = attrs.field(
        validator=matches(
            _is_code,
            "a lower-case snake_case code",
            pattern=r"^[a-z0-9_]*[a-z0-9][a-z0-9_]*$",
            maxLength=MAX_CODE_LENGTH,
        )
    )
    category: Category
    label: str = attrs.field(validator=not_blank)
    label_en: str = attrs.field(validator=not_blank)


@attrs.frozen(kw_only=True)
class Catalogue:
    """The items a programme's plans choose from, each code unique."""

    items: tuple[CatalogueItem, ...] = attrs.field(
        validator=[
            at_most(MAX_CATALOGUE_ITEMS, "items"),
            unique_by(lambda item: item.code, "item code"),
        ]
    )
    _by_code: dict[str, CatalogueItem] = attrs.field(init=False, repr=False, eq=False)

    @_by_code.default
    def _index(self) -> dict[str, CatalogueItem]:
        return {item.code: item for item in self.items}

    def __iter__(self) -> Iterator[CatalogueItem]:
        return iter(self.items)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def item(self, code: str) -> CatalogueItem:
        """The item with ``code``; ``KeyError`` if the catalogue lacks it."""
        return self._by_code[code]

    def in_category(self, category: Category) -> tuple[CatalogueItem, ...]:
        return tuple(item for item in self.items if item.category is category)


def _items(category: Category, *rows: tuple[str, str, str]) -> list[CatalogueItem]:
    return [
        CatalogueItem(code=code, category=category, label=label, label_en=label_en)
        for code, label, label_en in rows
    ]


STANDARD_CATALOGUE = Catalogue(
    items=tuple(
        _items(
            Category.BASIC,
            ("water_supply", "供水", "Water supply"),
            ("drainage", "排水", "Drainage"),
            ("power_supply", "供电", "Power supply"),
            ("low_voltage", "弱电", "Low-voltage and telecom wiring"),
            ("gas_supply", "供气", "Gas supply"),
            ("heating", "供热", "Heating"),
            ("fire_protection", "消防", "Fire protection"),
            ("security", "安防", "Security"),
            ("roads", "道路", "Roads"),
            ("lighting", "绿化照明", "Lighting"),
            ("mobile_coverage", "移动通信", "Mobile coverage"),
            ("parking", "停车场", "Parking"),
            ("property_premises", "新建（改建）物业用房", "Property-management premises"),
            ("illegal_structure_demolition", "拆除违章建筑", "Demolition of illegal structures"),
            ("fibre_to_home", "光纤入户", "Fibre to the home"),
            ("overhead_lines", "架空线路规整（入地）", "Overhead line tidying or undergrounding"),
            ("common_parts_repair", "建筑物公共部位维修", "Repair of building common parts"),
        )
        + _items(
            Category.IMPROVEMENT,
            ("energy_retrofit", "建筑节能改造", "Energy-efficiency retrofit"),
            ("ev_charging", "充电设施", "EV charging"),
            ("activity_room", "居民活动室", "Residents' activity room"),
            ("accessibility", "无障碍设施", "Accessibility facilities"),
            ("fitness_equipment", "健身器材", "Fitness equipment"),
            ("landscaping", "绿化美化", "Landscaping"),
            ("parcel_lockers", "智能快件箱", "Smart parcel lockers"),
            ("elevator_retrofit", "加装电梯", "Elevator retrofit"),
            ("cultural_leisure", "文化休闲设施", "Cultural and leisure facilities"),
            ("sports_grounds", "体育锻炼场所", "Sports grounds"),
            ("ageing_friendly", "适老设施", "Ageing-friendly facilities"),
            ("power_capacity", "电力增容", "Power capacity increase"),
        )
        + _items(
            Category.ENHANCEMENT,
            ("community_services", "社区公共服务设施", "Community public service facilities"),
            ("health_services", "卫生公共服务设施", "Health public service facilities"),
            ("education_services", "教育公共服务设施", "Education public service facilities"),
            ("elderly_care", "养老", "Elderly care"),
            ("childcare", "托育", "Childcare"),
            ("meal_assistance", "助餐", "Meal assistance"),
            ("housekeeping", "家政保洁", "Housekeeping and cleaning"),
            ("convenience_market", "便民市场", "Convenience market"),
            (
                "postal_express_station",
                "邮政快递末端综合服务站",
                "Postal and express last-mile station",
            ),
        )
    )
)
