"""Questionnaires (问卷): one response per household, and results per compound, district or city
with a satisfaction score the oversight issue can use. Most judge the result (问卷评价); a
canvass asks residents what their compound needs before its design (改造前问需).

Results are aggregates only: counts per option, the rating distribution and mean, how many wrote
something. No individual answer is in them, and an aggregate of too few respondents is not
disclosed, so published results can be shown to anyone.
"""

import datetime
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

import attrs

from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.labels import Labelled
from renovation_core.participation.households import household_key
from renovation_core.validators import (
    at_most,
    between_dates,
    code,
    not_blank,
    note,
    unique_by,
)

RATINGS = range(1, 6)
# Published results of fewer respondents than this are withheld: a compound's aggregate of two
# or three households would all but show each household's answers.
MIN_DISCLOSED_RESPONDENTS = 5
MAX_QUESTIONS = 100
MAX_OPTIONS = 50
MAX_SURVEYS = 1000  # of a programme: a few a year per compound's stage, far more than any city sets
# A canvass stands for a compound once this many of its households answered it (every household,
# in a smaller compound): as many as may be disclosed, so its findings can be shown to residents.
MIN_CANVASSED = MIN_DISCLOSED_RESPONDENTS


class SurveyPurpose(Labelled):
    EVALUATION = ("evaluation", "问卷评价")
    CANVASS = ("canvass", "改造前问需")


class QuestionKind(Labelled):
    SINGLE_CHOICE = ("single_choice", "单选题")
    MULTIPLE_CHOICE = ("multiple_choice", "多选题")
    RATING = ("rating", "评分题（1–5分）")
    FREE_TEXT = ("free_text", "填空题")


_CHOICES = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)


@attrs.frozen(kw_only=True)
class Question:
    code: str = attrs.field(validator=code)
    text: str = attrs.field(validator=not_blank)
    kind: QuestionKind
    options: tuple[str, ...] = attrs.field(
        default=(), validator=[at_most(MAX_OPTIONS, "options"), unique_by(lambda o: o, "option")]
    )

    def __attrs_post_init__(self) -> None:
        if self.kind in _CHOICES and len(self.options) < 2:
            raise FieldValueError("options", "a choice question offers at least two options")
        if self.kind not in _CHOICES and self.options:
            raise FieldValueError("options", f"a {self.kind.code} question offers no options")


@attrs.frozen(kw_only=True)
class Answer:
    """An answer to ``question``: ``choices`` for a choice question (one for single choice),
    ``rating`` from 1 to 5, or ``text``."""

    question: str
    choices: tuple[str, ...] = ()
    rating: int | None = None
    text: str | None = None


@attrs.frozen(kw_only=True)
class Response:
    compound: str = attrs.field(validator=code)
    household: str = attrs.field(validator=household_key)
    answered_on: datetime.date
    answers: tuple[Answer, ...]


@attrs.frozen(kw_only=True)
class QuestionResult:
    """One question's aggregate: ``counts`` per option (choice questions), ``ratings`` the
    number of each rating 1–5, ``texts`` how many wrote an answer."""

    question: str
    answered: int
    counts: tuple[tuple[str, int], ...] = ()
    ratings: tuple[int, ...] = ()
    texts: int = 0

    @property
    def mean_rating(self) -> Fraction | None:
        total = sum(self.ratings)
        if not total:
            return None
        return Fraction(sum(r * n for r, n in zip(RATINGS, self.ratings, strict=True)), total)


@attrs.frozen(kw_only=True)
class Results:
    respondents: int
    questions: tuple[QuestionResult, ...]

    @property
    def disclosable(self) -> bool:
        """Whether the aggregate may be shown to anyone: enough respondents that it reveals
        no household's answers."""
        return self.respondents >= MIN_DISCLOSED_RESPONDENTS

    @property
    def satisfaction(self) -> Fraction | None:
        """Every rating given, on a scale of 0 (all 1s) to 100 (all 5s); None without any."""
        counts = [
            sum(n) for n in zip(*(q.ratings for q in self.questions if q.ratings), strict=True)
        ]
        if not sum(counts):
            return None
        mean = Fraction(sum(r * n for r, n in zip(RATINGS, counts, strict=True)), sum(counts))
        return (mean - 1) * 25


@attrs.frozen(kw_only=True)
class Survey:
    """A questionnaire, and whether (since when) its results are published. Its responses are
    kept apart, one per household, since a city-wide survey gathers many thousands."""

    code: str = attrs.field(validator=code)
    title: str = attrs.field(validator=not_blank)
    questions: tuple[Question, ...] = attrs.field(
        validator=[at_most(MAX_QUESTIONS, "questions"), unique_by(lambda q: q.code, "question")]
    )
    opened_on: datetime.date
    published_on: datetime.date | None = None
    purpose: SurveyPurpose = SurveyPurpose.EVALUATION

    def __attrs_post_init__(self) -> None:
        if not self.questions:
            raise FieldValueError("questions", "a survey asks at least one question")
        if self.published_on is not None and self.published_on < self.opened_on:
            raise FieldValueError(
                "published_on", f"must not be before the opening ({self.opened_on})"
            )

    def respond(
        self,
        compound: str,
        household: str,
        answers: Iterable[Answer],
        *,
        on: datetime.date,
        today: datetime.date,
        earlier: Response | None = None,
    ) -> Response:
        """One household's response; ``earlier`` is the household's response, if it has one."""
        if self.published_on is not None:
            raise RuleViolation(
                "survey-published", f"the survey's results were published on {self.published_on}"
            )
        between_dates("answered_on", on, self.opened_on, "the opening", today)
        if earlier is not None:
            raise RuleViolation(
                "already-responded",
                f"household {household} of compound {compound} responded on {earlier.answered_on}",
            )
        given = tuple(answers)
        self.check(given)
        return Response(compound=compound, household=household, answered_on=on, answers=given)

    def check(self, answers: tuple[Answer, ...], at: str = "") -> None:
        """Refuse answers that do not fit the survey: each to one of its questions, once, in the
        form the question takes."""
        if not answers:
            raise FieldValueError(f"{at}answers", "a response answers at least one question")
        asked = {q.code: q for q in self.questions}
        seen: set[str] = set()
        for i, answer in enumerate(answers):
            question = asked.get(answer.question)
            if question is None:
                raise FieldValueError(
                    f"{at}answers[{i}].question",
                    f"survey {self.code} has no question {answer.question!r}",
                )
            if answer.question in seen:
                raise FieldValueError(
                    f"{at}answers[{i}].question", "each question is answered once"
                )
            seen.add(answer.question)
            _check(question, answer, f"{at}answers[{i}]")

    def publish(
        self, on: datetime.date, today: datetime.date, last_answered: datetime.date | None
    ) -> "Survey":
        """The survey with its results published (not before the last response it counts):
        anyone may then read the aggregates, and no further response is taken."""
        if self.published_on is not None:
            raise RuleViolation(
                "survey-published", f"the survey's results were published on {self.published_on}"
            )
        between_dates(
            "on", on, last_answered or self.opened_on, "the last response or opening", today
        )
        return attrs.evolve(self, published_on=on)

    def canvassed_on(self, responses: Iterable[Response], households: int) -> datetime.date | None:
        """改造前问需: the day this canvass had been answered by enough of one compound's
        ``responses`` to stand for its ``households`` (:data:`MIN_CANVASSED`, or all of a
        smaller compound's); None for a survey of another purpose, or one not answered so."""
        if self.purpose is not SurveyPurpose.CANVASS:
            return None
        days = sorted(response.answered_on for response in responses)
        needed = min(MIN_CANVASSED, households)
        return days[needed - 1] if len(days) >= needed else None

    def public_results(
        self, by_compound: Mapping[str, Sequence[Response]]
    ) -> tuple[Results, dict[str, Results]]:
        """What anyone may see of the published results: each compound's aggregate where enough
        households responded, and the total of those compounds alone, so that no small
        compound's answers can be had by subtracting the others from the total."""
        shown = {
            compound: results
            for compound, responses in by_compound.items()
            if (results := self.results(responses)).disclosable
        }
        total = self.results(r for c in shown for r in by_compound[c])
        return total, shown

    def results(self, responses: Iterable[Response]) -> Results:
        """The aggregate of ``responses`` (one compound's, a district's or the city's)."""
        answers: dict[str, list[Answer]] = {q.code: [] for q in self.questions}
        respondents = 0
        for response in responses:
            respondents += 1
            for answer in response.answers:
                answers[answer.question].append(answer)
        return Results(
            respondents=respondents,
            questions=tuple(_result(q, answers[q.code]) for q in self.questions),
        )


def _check(question: Question, answer: Answer, at: str) -> None:
    kind = question.kind
    if kind in _CHOICES:
        if answer.rating is not None or answer.text is not None or not answer.choices:
            raise FieldValueError(f"{at}.choices", f"question {question.code} takes choices")
        if kind is QuestionKind.SINGLE_CHOICE and len(answer.choices) != 1:
            raise FieldValueError(f"{at}.choices", f"question {question.code} takes one choice")
        unknown = [c for c in answer.choices if c not in question.options]
        if unknown or len(set(answer.choices)) != len(answer.choices):
            raise FieldValueError(
                f"{at}.choices", f"question {question.code} offers {', '.join(question.options)}"
            )
    elif kind is QuestionKind.RATING:
        rating = answer.rating
        if (
            answer.choices
            or answer.text is not None
            or type(rating) is not int
            or rating not in RATINGS
        ):
            raise FieldValueError(f"{at}.rating", "a rating is a whole number from 1 to 5")
    elif answer.choices or answer.rating is not None or not answer.text:
        raise FieldValueError(f"{at}.text", f"question {question.code} takes text")
    elif answer.text is not None:
        note(answer, attrs.fields(Answer).text, answer.text)


def _result(question: Question, answers: list[Answer]) -> QuestionResult:
    if question.kind in _CHOICES:
        return QuestionResult(
            question=question.code,
            answered=len(answers),
            counts=tuple(
                (option, sum(option in a.choices for a in answers)) for option in question.options
            ),
        )
    if question.kind is QuestionKind.RATING:
        return QuestionResult(
            question=question.code,
            answered=len(answers),
            ratings=tuple(sum(a.rating == r for a in answers) for r in RATINGS),
        )
    return QuestionResult(question=question.code, answered=len(answers), texts=len(answers))
