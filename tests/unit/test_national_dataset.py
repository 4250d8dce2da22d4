"""The benchmarks' national-size dataset: deterministic, valid through the import's own reading,
and shaped like the national inventory."""

from collections import Counter

from renovation_core.loading import dataset_from_mapping
from renovation_core.register.inventory import Entry, Inventory
from tests.bench.national import DISTRICTS, programme, rows


def test_the_same_seed_gives_the_same_rows_and_every_row_imports() -> None:
    assert list(rows(500)) == list(rows(500))
    assert list(rows(500, seed=1)) != list(rows(500))
    _, outcomes = Inventory(dataset_from_mapping(programme()).programme).open(rows(3000))
    entries = [o for o in outcomes if isinstance(o, Entry)]
    assert len(entries) == 3000
    compounds = [e.compound for e in entries]
    assert len({c.district for c in compounds}) == DISTRICTS
    assert all(1960 <= c.built_year <= 2000 for c in compounds)
    assert 80 < sorted(c.households for c in compounds)[1500] < 180  # the median
    kinds = Counter(c.property_type.code for c in compounds)
    assert kinds.most_common(1)[0][0] == "reformed"
    planned = sum(e.plan is not None for e in entries)
    assert 0.85 < planned / 3000 < 0.95
