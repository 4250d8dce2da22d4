"""Base units and the display units plans publish in.

The system keeps m² and yuan exactly; plans print 万m² (10⁴ m²) and 亿元 (10⁸ yuan), rounded half
up (四舍五入) to the places the plan uses: 49.51 万m², 2.194 亿元. A whole split into parts (a
district's figures over its compounds, a reward pool over districts) adds up exactly.
"""

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

WAN_M2_PLACES = 2
YI_YUAN_PLACES = 3
WAN_PLACES = 2  # 万户: households as the survey's national table prints them
PERCENT_PLACES = 2


def _quantum(places: int) -> Decimal:
    return Decimal(1).scaleb(-places)


def to_wan_m2(area_m2: Decimal, places: int = WAN_M2_PLACES) -> Decimal:
    """m² → 万m², as published."""
    return area_m2.scaleb(-4).quantize(_quantum(places), rounding=ROUND_HALF_UP)


def to_yi_yuan(yuan: Decimal, places: int = YI_YUAN_PLACES) -> Decimal:
    """yuan → 亿元, as published."""
    return yuan.scaleb(-8).quantize(_quantum(places), rounding=ROUND_HALF_UP)


def to_wan(count: int, places: int = WAN_PLACES) -> Decimal:
    """A count → 万 (10⁴), as the survey's tables print households: 1.60 万户."""
    return Decimal(count).scaleb(-4).quantize(_quantum(places), rounding=ROUND_HALF_UP)


def to_percent(rate: Fraction, places: int = PERCENT_PLACES) -> Decimal:
    """An exact rate in percent, as tables print it: 130/120 → 108.33."""
    return round_fraction(rate * 100, _quantum(places))


def share(part: int, whole: int) -> Fraction | None:
    """``part`` of ``whole``, exact; None where the whole is nothing (no rate to speak of)."""
    return Fraction(part, whole) if whole else None


def round_fraction(value: Fraction, like: Decimal) -> Decimal:
    """An exact ratio rounded half up to as many places as ``like`` has: a published rate of
    0.32 says "to whole percent", so 47/149 is compared as 0.32."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(like, rounding=ROUND_HALF_UP)


def apportion(total: int, weights: Sequence[int | Fraction], minimum: int = 0) -> list[int]:
    """Split ``total`` into whole parts proportional to ``weights`` (none negative, not all
    zero), each at least ``minimum``, summing exactly to ``total`` (largest remainder; ties go
    to the earlier part)."""
    spare = total - minimum * len(weights)
    if spare < 0 or not weights or min(weights) < 0 or not any(weights):
        raise ValueError(f"cannot apportion {total} over {len(weights)} parts of {minimum}+")
    scale = math.lcm(*(Fraction(w).denominator for w in weights))
    whole_weights = [int(w * scale) for w in weights]
    whole = sum(whole_weights)
    parts = [minimum + spare * w // whole for w in whole_weights]
    by_remainder = sorted(
        range(len(weights)), key=lambda i: (-(spare * whole_weights[i] % whole), i)
    )
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts
