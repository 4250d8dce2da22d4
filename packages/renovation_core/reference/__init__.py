"""Reference data shipped with the library: Wuhai City's 2022–2024 programme, and the province
above it (Inner Mongolia, 内蒙古自治区, with its twelve cities by GB/T 2260).

The files are package data, read with :mod:`importlib.resources` so they work from a wheel or a
zip as well as from a checkout.
"""

import functools
import json
from importlib import resources

from renovation_core.converter import structure
from renovation_core.dataset import Dataset
from renovation_core.loading import dataset_from_json
from renovation_core.register.regions import Region, province

WUHAI_FILE = "wuhai.json"
PROVINCE_FILE = "inner-mongolia.json"


def wuhai_text() -> str:
    """The Wuhai data file as shipped (format ``renovation.programme/1``)."""
    return resources.files(__package__).joinpath(WUHAI_FILE).read_text("utf-8")


@functools.cache
def wuhai() -> Dataset:
    """Wuhai's programme as published, with its synthetic register of 186 compounds."""
    return dataset_from_json(wuhai_text())


def inner_mongolia_text() -> str:
    """Wuhai's province as its file says it (the shape ``POST /v1/regions`` takes)."""
    return resources.files(__package__).joinpath(PROVINCE_FILE).read_text("utf-8")


@functools.cache
def inner_mongolia() -> Region:
    """Inner Mongolia and its cities: the province Wuhai reports to."""
    data = json.loads(inner_mongolia_text())
    data["parts"] = data.pop("cities")
    return province(structure(data, Region))
