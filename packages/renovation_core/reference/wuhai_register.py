"""The generator of Wuhai's synthetic compound register (``wuhai.json``).

The plan publishes only aggregates, so the register is made up, and says so in its provenance.
It is made up under constraints: for every year × district it reproduces the published number of
compounds, households, floor area to the m² and investment to the yuan; it gives the published
number of compounds enhancement items (47/7/3) and every compound basic and improvement items;
every compound is built by 2005 and every one built by 2000 is in the 2022 plan. Every plan has
a funding plan that keeps the plan's funding rules and sums to its investment to the yuan, so
the funding plans reproduce the published investment per year × district.

Only integer randomness from a seeded ``random.Random`` is used (no floats through libm), so the
same seed gives the same bytes on every machine. ``nox -s reference`` rewrites the file; a test
checks that this module still reproduces it.
"""

import datetime
import random
from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from typing import TypeVar

import attrs

from renovation_core.dataset import Dataset, Provenance
from renovation_core.delivery.networks import ITEM_NETWORKS, Network, networks_touched
from renovation_core.funding import (
    IN_HOME_ITEMS,
    FundingLine,
    FundingPlan,
    FundingSource,
)
from renovation_core.loading import dataset_from_toml, dataset_to_json
from renovation_core.register.catalogue import Catalogue, Category
from renovation_core.register.compound import Compound, PropertyType
from renovation_core.register.geography import Community, District, Street
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.priority import ConditionAssessment, Severity
from renovation_core.register.programme import Programme
from renovation_core.register.targets import AnnualPlanTarget
from renovation_core.units import apportion

SEED = 20211231
T = TypeVar("T")

# Words that Chinese communities and compounds are commonly named after.
_PLACE_WORDS = tuple(
    (
        "团结 和平 幸福 光明 胜利 建设 人民 友谊 育才 振华 兴业 康乐 安居 "
        "祥和 富民 阳光 春晖 怡和 锦华 长青 朝阳 东风 红旗 前进 新风 民主 "
        "文化 北园 南苑 星光 永安 利民 惠民 福康 滨湖 青松"
    ).split()
)
# Compounds are also named after the works, trades and institutions that built them.
_COMPOUND_WORDS = _PLACE_WORDS + tuple(
    (
        "新华 工人村 矿工 电力 供电 教师 粮食 邮电 卫生 铁路 化工 建材 水务 "
        "银河 金地 泰和 宏达 华安 海达 苏海 黄河 北方 民族 青山 凤凰 滨河 "
        "千里山 甘德尔 西山 东山 林荫 园丁 市场 商贸 百货 交通 运输 机械 冶金 "
        "焦化 氯碱 水泥 糖厂 毛纺 石油"
    ).split()
)
_COMPOUND_SUFFIXES = ("小区", "住宅小区", "家属院", "生活区", "花园")
_SINGLE_BLOCK_SUFFIXES = ("住宅楼", "家属楼")
_PROPERTY_UNITS = (
    "海勃湾矿务局",
    "乌达矿务局",
    "乌海市供电局",
    "乌海市自来水公司",
    "乌海市人民医院",
    "乌海市第一中学",
    "乌海市粮食局",
    "乌海市邮电局",
    "乌海热电厂",
    "乌海市建筑工程公司",
    "乌海化工厂",
    "乌海市交通局",
    "乌海市商业局",
    "乌海钢铁公司",
    "乌海市供销合作社",
)
_PROPERTY_TYPES = (
    (PropertyType.REFORMED, 40),
    (PropertyType.WORK_UNIT, 20),
    (PropertyType.COMMODITY, 20),
    (PropertyType.PUBLIC, 8),
    (PropertyType.RESETTLEMENT, 7),
    (PropertyType.MIXED, 5),
)
_OWNED_BY_A_UNIT = {PropertyType.REFORMED, PropertyType.WORK_UNIT, PropertyType.PUBLIC}
# Severity weights (good, fair, poor, critical) by how early the plan schedules a compound: the
# worst go first (先急后缓).
_CONDITION_WEIGHTS = ((0, 2, 5, 3), (1, 5, 3, 1), (2, 5, 2, 1))
_MIN_HOUSEHOLDS = 16
# Who pays, in shares of a compound's investment (per mille, before a little noise): government
# money for the whole plan, then the parties whose contribution the plan names.
_GOVERNMENT_SHARES = (
    (FundingSource.CENTRAL_SUBSIDY, "中央财政", 460),
    (FundingSource.REGIONAL_SUBSIDY, "内蒙古自治区财政厅", 150),
    (FundingSource.GENERAL_BOND, "乌海市人民政府（地方政府一般债券）", 90),
    (FundingSource.CITY_FINANCE, "乌海市财政局", 100),
)
_OPERATORS = {
    Network.WATER: "乌海市供水有限责任公司",
    Network.DRAINAGE: "乌海市排水有限责任公司",
    Network.POWER: "内蒙古电力（集团）有限责任公司乌海供电分公司",
    Network.TELECOM: "中国电信股份有限公司乌海分公司",
    Network.GAS: "乌海市燃气有限公司",
    Network.HEATING: "乌海市热力有限责任公司",
}


def published() -> Dataset:
    """The programme as published (targets only), transcribed in ``wuhai-programme.toml``."""
    text = resources.files(__package__).joinpath("wuhai-programme.toml").read_text("utf-8")
    return dataset_from_toml(text)


@attrs.frozen(kw_only=True)
class _Draft:
    """A compound and its plan while the generator fills them in."""

    year: int
    district: District
    street: Street
    community: Community
    households: int
    area_hundredths: int
    investment_yuan: int
    built_year: int
    rank: int


def _with_communities(programme: Programme, rng: random.Random) -> Programme:
    districts = []
    for district in programme.districts:
        streets = []
        for street in district.streets:
            words = rng.sample(_PLACE_WORDS, rng.randint(2, 4))
            communities = tuple(
                Community(code=f"{street.code[:9]}{n:03d}", name=f"{word}社区")
                for n, word in enumerate(words, start=1)
            )
            streets.append(attrs.evolve(street, communities=communities))
        districts.append(attrs.evolve(district, streets=tuple(streets)))
    return attrs.evolve(programme, districts=tuple(districts))


def _weighted(rng: random.Random, options: Iterable[tuple[T, int]]) -> T:
    pairs = list(options)
    pick = rng.randrange(sum(weight for _, weight in pairs))
    for option, weight in pairs:
        if pick < weight:
            return option
        pick -= weight
    raise AssertionError("unreachable")


def _integral(value: Decimal, scale: int, what: str) -> int:
    scaled = value.scaleb(scale)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{what} {value} is finer than the generator's unit")
    return int(scaled)


def _drafts(programme: Programme, target: AnnualPlanTarget, rng: random.Random) -> Iterator[_Draft]:
    """Compounds for one published row, summing exactly to its four figures."""
    assert target.district is not None
    district = programme.district(target.district)
    figures = target.figures
    n, published = figures.compounds, figures.households
    area_m2, money = figures.floor_area_m2, figures.investment_yuan
    if n is None or published is None or area_m2 is None or money is None:
        raise ValueError(f"the {target.year} row of {target.district} leaves a figure out")
    first_year = target.year == programme.start_year
    oldest, cutoff = 1978, programme.eligibility_cutoff_year
    first_cutoff = programme.first_year_cutoff_year or cutoff
    households = apportion(published, [rng.randint(40, 250) for _ in range(n)], _MIN_HOUSEHOLDS)
    area = apportion(
        _integral(area_m2, 2, "floor area"),
        [h * rng.randint(80, 125) for h in households],
    )
    investment = apportion(
        _integral(money, 0, "investment"),
        [a * rng.randint(85, 120) for a in area],
    )
    for i in range(n):
        street = _weighted(rng, ((s, 1 if s.name.endswith("镇") else 3) for s in district.streets))
        if first_year and rng.randrange(100) < 85:
            built = rng.randint(oldest, first_cutoff)
        else:
            built = rng.randint(first_cutoff + 1, cutoff)
        yield _Draft(
            year=target.year,
            district=district,
            street=street,
            community=rng.choice(street.communities),
            households=households[i],
            area_hundredths=area[i],
            investment_yuan=investment[i],
            built_year=built,
            rank=rng.randrange(1_000_000),
        )


def _covered_count(programme: Programme, category: Category, district: str, n: int) -> int:
    """How many of a district's ``n`` compounds the coverage targets give ``category`` items."""
    targets = {t.district: t for t in programme.coverage_targets if t.category is category}
    target = targets.get(district) or targets.get(None)
    if target is None:
        return 0
    if target.compounds is not None and target.district is not None:
        return target.compounds
    return int((target.rate * n).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _items(
    catalogue: Catalogue, categories: Iterable[Category], rng: random.Random
) -> tuple[str, ...]:
    chosen: set[str] = set()
    for category in categories:
        pool = [item.code for item in catalogue.in_category(category)]
        if category is Category.IMPROVEMENT and rng.randrange(8):
            pool.remove("elevator_retrofit")
        low, high = {Category.BASIC: (4, 10), Category.IMPROVEMENT: (1, 4)}.get(category, (1, 2))
        chosen.update(rng.sample(pool, min(len(pool), rng.randint(low, high))))
    return tuple(item.code for item in catalogue if item.code in chosen)


def _name(rng: random.Random, unit: str | None, buildings: int, taken: set[str]) -> str:
    suffixes = _COMPOUND_SUFFIXES + (_SINGLE_BLOCK_SUFFIXES if buildings <= 2 else ())
    while True:
        if unit is not None and rng.randrange(2):
            stem = unit.removeprefix("乌海市")
        else:
            stem = rng.choice(_COMPOUND_WORDS)
        name = f"{stem}{rng.choice(suffixes)}"
        if name not in taken:
            taken.add(name)
            return name


def build(seed: int = SEED) -> Dataset:
    """The published programme with a synthetic register that reproduces it."""
    source = published()
    rng = random.Random(seed)
    programme = _with_communities(source.programme, rng)
    compounds: list[Compound] = []
    plans: list[RenovationPlan] = []
    taken: set[str] = set()
    for district in programme.districts:
        rows = [t for t in programme.annual_targets if t.district == district.code]
        drafts = sorted(
            (d for row in rows for d in _drafts(programme, row, rng)),
            key=lambda d: (d.year, d.street.code, d.community.code, d.rank),
        )
        covered = {
            category: set(
                sorted(
                    range(len(drafts)),
                    key=lambda i: (-drafts[i].households * rng.randint(70, 130), i),
                )[: _covered_count(programme, category, district.code, len(drafts))]
            )
            for category in Category
        }
        for i, draft in enumerate(drafts):
            kind = _weighted(rng, _PROPERTY_TYPES)
            unit = rng.choice(_PROPERTY_UNITS) if kind in _OWNED_BY_A_UNIT else None
            weights = _CONDITION_WEIGHTS[min(draft.year - programme.start_year, 2)]
            severity = list(zip(Severity, weights, strict=True))
            per_building = rng.randint(12, 48)
            buildings = max(1, (draft.households + per_building // 2) // per_building)
            code = f"{district.code}-{i + 1:04d}"
            compounds.append(
                Compound(
                    code=code,
                    name=_name(rng, unit, buildings, taken),
                    district=district.code,
                    street=draft.street.code,
                    community=draft.community.code,
                    built_year=draft.built_year,
                    buildings=buildings,
                    households=draft.households,
                    floor_area_m2=Decimal(draft.area_hundredths).scaleb(-2),
                    property_type=kind,
                    original_property_unit=unit,
                    condition=ConditionAssessment(
                        infrastructure=_weighted(rng, severity),
                        management=_weighted(rng, severity),
                        safety=_weighted(rng, severity),
                        assessed_on=datetime.date(programme.start_year - 1, 9, 1)
                        + datetime.timedelta(days=rng.randrange(91)),
                    ),
                )
            )
            plans.append(
                RenovationPlan(
                    compound=code,
                    year=draft.year,
                    items=_items(
                        programme.catalogue,
                        (c for c in Category if i in covered[c]),
                        rng,
                    ),
                    investment_yuan=Decimal(draft.investment_yuan),
                )
            )
    assert source.provenance is not None
    return Dataset(
        programme=programme,
        policy=source.policy,
        compounds=tuple(compounds),
        plans=tuple(plans),
        fundings=tuple(
            _funding(programme, compound, plan, rng)
            for compound, plan in zip(compounds, plans, strict=True)
        ),
        provenance=Provenance(
            source=source.provenance.source,
            synthetic=True,
            note="Targets as published. The plan publishes aggregates only, so the compound "
            "register, the communities, the plans and their funding plans are synthetic: "
            "generated by "
            f"renovation_core.reference.wuhai_register (seed {seed}) to reproduce every "
            "published figure exactly. Names, years, sizes and conditions are plausible, not "
            "real. Street codes follow the statistical division code pattern and are assigned "
            "locally.",
        ),
    )


def _funding(
    programme: Programme, compound: Compound, plan: RenovationPlan, rng: random.Random
) -> FundingPlan:
    """A funding plan for ``plan`` that keeps every funding rule and sums to its investment."""
    district = programme.district(compound.district).name
    shares: list[tuple[FundingSource, str, tuple[str, ...], Network | None, int]] = [
        (source, party, plan.items, None, weight) for source, party, weight in _GOVERNMENT_SHARES
    ]
    shares.append((FundingSource.DISTRICT_FINANCE, f"{district}财政局", plan.items, None, 80))
    for network in networks_touched(plan.items):
        works = tuple(i for i in plan.items if network in ITEM_NETWORKS.get(i, ()))
        shares.append((FundingSource.UTILITY_OPERATOR, _OPERATORS[network], works, network, 25))
    elevator = tuple(i for i in plan.items if i == "elevator_retrofit")
    if elevator:
        fund = "乌海市住房公积金管理中心"
        shares.append((FundingSource.PROVIDENT_FUND, fund, elevator, None, 30))
    in_home = tuple(i for i in plan.items if i in IN_HOME_ITEMS)
    if in_home:
        shares.append((FundingSource.RESIDENT_CASH, f"{compound.name}居民", in_home, None, 20))
    unit = compound.original_property_unit
    if compound.property_type is PropertyType.PUBLIC:
        party = unit or f"{district}房产管理所"
        shares.append((FundingSource.PUBLIC_HOUSING_UNIT, party, plan.items, None, 60))
    elif unit is not None and rng.randrange(2):
        shares.append((FundingSource.ORIGINAL_PROPERTY_UNIT, unit, plan.items, None, 30))
    amounts = apportion(
        _integral(plan.investment_yuan, 0, "investment"),
        [weight * rng.randint(80, 120) for *_, weight in shares],
        minimum=1,
    )
    return FundingPlan(
        compound=plan.compound,
        year=plan.year,
        lines=tuple(
            FundingLine(
                source=source, party=party, amount_yuan=Decimal(amount), items=items, network=net
            )
            for (source, party, items, net, _), amount in zip(shares, amounts, strict=True)
        ),
    )


def render(seed: int = SEED) -> str:
    """The text of ``wuhai.json``."""
    return dataset_to_json(build(seed))
