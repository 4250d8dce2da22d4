"""A deterministic national-size dataset for the benchmarks; never shipped as data.

About 220,000 old compounds were renovated nationally in 2019–2024. The dataset holds that many
in one programme of 100 districts (the most one programme holds) of ten streets each, written as
inventory rows in the import's own columns, so that what is measured is the import itself.
Compounds are drawn from distributions shaped like the national inventory's: built from 1960
to 2000 and mostly in the 1980s and 1990s; households log-normal around 120 (from 12 to 3,000);
about 70 m² a household; five to forty households a building; reformed and work-unit housing
foremost among the property types; a plan in one of three years for nine compounds in ten.
The same seed always gives the same rows.
"""

import csv
import math
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from renovation_core.register.inventory import COLUMNS, headers

PROGRAMME_CODE = "national-2022-2024"
DISTRICTS = 100
STREETS = 10
YEARS = (2022, 2023, 2024)
PROPERTY_TYPES = (
    ("reformed", 0.38),
    ("work_unit", 0.22),
    ("commodity", 0.18),
    ("public", 0.12),
    ("resettlement", 0.07),
    ("mixed", 0.03),
)
ITEMS = ("water_supply", "drainage", "power_supply", "gas_supply", "roads", "lighting",
         "common_parts_repair", "energy_retrofit", "parking", "elevator_retrofit",
         "ageing_friendly", "fire_protection")  # fmt: skip


def _district(n: int) -> str:
    """District codes 900101… (province 90, cities 01–10, districts 01–10): made up."""
    return f"90{n // 10 + 1:02d}{n % 10 + 1:02d}"


# What each district is to renovate each year, as the national inventory's 220,000 rows plan it:
# about 660 compounds, 100,000 households, 7,000,000 m² and 1.9 billion yuan.
TARGET = {
    "compounds": 660,
    "buildings": None,
    "households": 100_000,
    "floor_area_m2": "7000000",
    "investment_yuan": "1900000000",
}


def programme() -> dict[str, Any]:
    """The programme as a programme file's mapping (``dataset_from_mapping`` reads it)."""
    return {
        "format": "renovation.programme/1",
        "programme": {
            "code": PROGRAMME_CODE,
            "name": "全国规模基准数据（合成）",
            "start_year": YEARS[0],
            "end_year": YEARS[-1],
            "eligibility_cutoff_year": 2000,
            "first_year_cutoff_year": 1990,
            "city": {"code": "900000", "name": "基准省", "name_en": "Benchmark"},
            "districts": [
                {
                    "code": _district(d),
                    "name": f"第{d + 1}区",
                    "streets": [
                        {"code": f"{_district(d)}{s + 1:03d}000", "name": f"第{s + 1}街道"}
                        for s in range(STREETS)
                    ],
                }
                for d in range(DISTRICTS)
            ],
            "annual_targets": [
                {"year": year, "district": _district(d), "figures": TARGET}
                for year in YEARS
                for d in range(DISTRICTS)
            ],
        },
    }


def rows(count: int, seed: int = 2026) -> Iterator[list[str]]:
    """The header (Chinese) and ``count`` inventory rows."""
    draw = random.Random(seed)
    kinds, weights = zip(*PROPERTY_TYPES, strict=True)
    yield headers(chinese=True)
    for n in range(count):
        district = n % DISTRICTS
        households = min(3000, max(12, round(draw.lognormvariate(math.log(120), 0.7))))
        built = min(2000, max(1960, round(draw.gauss(1988, 8))))
        planned = draw.random() < 0.9
        row = {
            "code": f"{_district(district)}-{n // DISTRICTS + 1:05d}",
            "name": f"基准小区{n + 1}",
            "district": _district(district),
            "street": f"{_district(district)}{draw.randrange(STREETS) + 1:03d}000",
            "built_year": str(built),
            "buildings": str(max(1, households // draw.randint(5, 40))),
            "households": str(households),
            "floor_area_m2": f"{households * draw.uniform(55, 85):.2f}",
            "property_type": draw.choices(kinds, weights)[0],
            "plan_year": str(draw.choice(YEARS)) if planned else "",
            "items": "、".join(draw.sample(ITEMS, draw.randint(3, 8))) if planned else "",
            "investment_yuan": f"{households * draw.randint(8000, 30000)}.00" if planned else "",
        }
        yield [row.get(name, "") for name in _COLUMNS]


_COLUMNS = [c.name for c in COLUMNS]


def write_csv(path: Path, count: int, seed: int = 2026) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows(count, seed))
    return path
