"""Rolling the survey's figures up: district → city → province → nation.

Each region's figures come from where its records are: computed from the compounds' works where
its programme is kept here, declared where the region submits them itself. A region with
neither is the exact sum of the regions under it that reported; with nothing under it either,
it did not report. A region's own figures that differ from the sum of the parts that reported
are a finding, never silently replaced: the report shows both.
"""

from collections.abc import Iterator, Mapping

import attrs

from renovation_core.labels import Labelled
from renovation_core.register.regions import Region
from renovation_core.statistics.figures import SurveyFigures


class Source(Labelled):
    COMPUTED = ("computed", "系统计算")
    DECLARED = ("declared", "自行填报")
    SUMMED = ("summed", "下级汇总")
    MISSING = ("missing", "未报送")


@attrs.frozen(kw_only=True)
class Line:
    """A region's figures in a roll-up (``None``: it did not report), where they came from, and
    the lines of the regions under it."""

    region: Region
    source: Source
    figures: SurveyFigures | None
    parts: tuple["Line", ...] = ()

    @property
    def parts_sum(self) -> SurveyFigures | None:
        """The sum of the parts that reported (``None`` where none did)."""
        reported = [p.figures for p in self.parts if p.figures is not None]
        return sum(reported, SurveyFigures()) if reported else None


def roll_up(region: Region, given: Mapping[str, tuple[Source, SurveyFigures]]) -> Line:
    """``region``'s line, ``given`` the computed or declared figures by region code."""
    parts = tuple(roll_up(part, given) for part in region.parts)
    line = Line(region=region, source=Source.MISSING, figures=None, parts=parts)
    if region.code in given:
        source, figures = given[region.code]
        return attrs.evolve(line, source=source, figures=figures)
    summed = line.parts_sum
    return line if summed is None else attrs.evolve(line, source=Source.SUMMED, figures=summed)


@attrs.frozen(kw_only=True)
class Mismatch:
    """A region whose own figures (computed or declared) are not the sum of its parts'."""

    region: Region
    source: Source
    figures: SurveyFigures
    parts_sum: SurveyFigures


def mismatches(line: Line) -> Iterator[Mismatch]:
    """The lines, at any depth, whose own figures differ from the sum of their reported parts."""
    summed = line.parts_sum
    if line.figures is not None and summed is not None and summed != line.figures:
        yield Mismatch(
            region=line.region, source=line.source, figures=line.figures, parts_sum=summed
        )
    for part in line.parts:
        yield from mismatches(part)
