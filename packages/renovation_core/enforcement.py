"""The plan's duties a city may hold its projects to, and what breaking one does.

Apart from :mod:`renovation_core.policy`, which says how each is enforced, so that the records
the duties judge can name them without reaching for the programme's settings.
"""

from renovation_core.labels import Labelled


class Enforcement(Labelled):
    """What breaking a duty does."""

    BLOCK = ("block", "不符合则不予办理")
    WARN = ("warn", "不符合则予以提示")
    OFF = ("off", "不检查")


class Duty(Labelled):
    """The plan's duties a city may hold its projects to, each with its rule code."""

    CANVASS_BEFORE_DESIGN = (
        "canvass_before_design",
        "改造前问需：居民点单确认或需求征询后方可设计",
    )
    ELEVATOR_MANAGEMENT = ("elevator_management", "加装电梯须明确管理模式")
    MAINTENANCE_FUND = ("maintenance_fund", "补建续筹住宅专项维修资金")
    QUALIFICATION_GRADE = ("qualification_grade", "委托具备较高资质的单位")
    SURVEY_AND_TESTING = ("survey_and_testing", "委托勘察、检测单位")
    DIRECT_AWARD = ("direct_award", "直接委托不超过限额")
    SPECIAL_PURPOSE = ("special_purpose", "专款专用：不得支付批复用途以外的事项")
