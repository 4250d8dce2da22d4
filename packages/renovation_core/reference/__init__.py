"""Reference data shipped with the library: Wuhai City's 2022–2024 programme.

The files are package data, read with :mod:`importlib.resources` so they work from a wheel or a
zip as well as from a checkout.
"""

import functools
from importlib import resources

from renovation_core.dataset import Dataset
from renovation_core.loading import dataset_from_json

WUHAI_FILE = "wuhai.json"


def wuhai_text() -> str:
    """The Wuhai data file as shipped (format ``renovation.programme/1``)."""
    return resources.files(__package__).joinpath(WUHAI_FILE).read_text("utf-8")


@functools.cache
def wuhai() -> Dataset:
    """Wuhai's programme as published, with its synthetic register of 186 compounds."""
    return dataset_from_json(wuhai_text())
