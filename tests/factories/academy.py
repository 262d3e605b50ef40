import factory
import wagtail_factories

from academy.models import AcademyIndexPage, AssessmentPage, CoursePage, Enrollment, LessonPage
from tests.factories.cms import FACTORIES


class AcademyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AcademyIndexPage

    title = "Academy"
    slug = "academy"
    show_in_menus = True


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "Learn to monitor trials."
    topic = CoursePage.Topic.MONITORING
    level = CoursePage.Level.BEGINNER
    estimated_hours = 4


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>What a monitor records.</p>")])
    estimated_minutes = 15
    required = True


class EnrollmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrollment

    user = factory.SubFactory("tests.factories.accounts.UserFactory")
    course_key = factory.LazyAttribute(lambda o: o.course.translation_key)
    status = Enrollment.Status.ACTIVE
    source = Enrollment.Source.SELF

    class Params:
        course = None


def course_with_lessons(catalogue, lessons=3, **course_fields):
    """A live course under the catalogue with the given number of required lessons."""
    course = CoursePageFactory(parent=catalogue, **course_fields)
    pages = [LessonPageFactory(parent=course) for _ in range(lessons)]
    return course, pages


FACTORIES.update(
    {
        AcademyIndexPage: AcademyIndexPageFactory,
        CoursePage: CoursePageFactory,
        LessonPage: LessonPageFactory,
    }
)


def choice(choice_id, text, correct=False, feedback=""):
    return {
        "type": "item",
        "id": choice_id,
        "value": {"text": text, "correct": correct, "feedback": feedback},
    }


def single_choice(question_id, correct="a", points=1, ids=("a", "b", "c")):
    return {
        "type": "single_choice",
        "id": question_id,
        "value": {
            "prompt": f"Question {question_id}",
            "points": points,
            "feedback": f"Overall feedback {question_id}",
            "choices": [
                choice(f"{question_id}-{i}", f"Choice {i}", i == correct, f"SECRET-FEEDBACK-{i}")
                for i in ids
            ],
        },
    }


def multiple_choice(question_id, correct=("a", "b"), ids=("a", "b", "c", "d"), points=2):
    return {
        "type": "multiple_choice",
        "id": question_id,
        "value": {
            "prompt": f"Question {question_id}",
            "points": points,
            "feedback": "",
            "choices": [choice(f"{question_id}-{i}", f"Choice {i}", i in correct) for i in ids],
        },
    }


def true_false(question_id, answer=True, points=1):
    return {
        "type": "true_false",
        "id": question_id,
        "value": {"prompt": "A statement", "points": points, "feedback": "", "answer": answer},
    }


def short_answer(question_id, accepted=("presumption of innocence",), tolerance=None, points=1):
    return {
        "type": "short_answer",
        "id": question_id,
        "value": {
            "prompt": "Name it",
            "points": points,
            "feedback": "",
            "accepted": [
                {"type": "item", "id": f"{question_id}-{n}", "value": text}
                for n, text in enumerate(accepted)
            ],
            "tolerance": tolerance,
        },
    }


def matching(question_id, pairs=(("a", "1"), ("b", "2"), ("c", "3")), points=3):
    return {
        "type": "matching",
        "id": question_id,
        "value": {
            "prompt": "Match",
            "points": points,
            "feedback": "",
            "pairs": [
                {
                    "type": "item",
                    "id": f"{question_id}-{left}",
                    "value": {"left": left, "right": right},
                }
                for left, right in pairs
            ],
        },
    }


def essay(question_id, points=5):
    return {
        "type": "essay",
        "id": question_id,
        "value": {"prompt": "Explain", "points": points, "guidance": "SECRET-GUIDANCE"},
    }


def every_question_type():
    """One question of each automatically graded type, ids q1 to q5 in that order."""
    return [
        single_choice("q1"),
        multiple_choice("q2"),
        true_false("q3"),
        short_answer("q4"),
        matching("q5"),
    ]


def pool(pool_id, questions, draw):
    return {
        "type": "pool",
        "id": pool_id,
        "value": {"title": "Pool", "draw": draw, "questions": questions},
    }


class AssessmentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AssessmentPage

    title = factory.Sequence(lambda n: f"Assessment {n}")
    questions = factory.LazyFunction(lambda: [single_choice("q1"), true_false("q2")])
    pass_mark = 50
    attempts_allowed = 0
    time_limit_minutes = 0


FACTORIES[AssessmentPage] = AssessmentPageFactory


def form_data(attempt, answers) -> dict:
    """What the trainee of ``attempt`` posts to give ``answers``: {question id: a choice id,
    a list of them, {left pair id: right pair id} for matching, or what was typed}. Every
    choice and pair id becomes the attempt's token for it, as the form names it; anything
    else (text, "true", an id the attempt does not know) is posted as given."""
    options, rows = {}, {}
    for entry in attempt.layout:
        options.update(entry.get("tokens", {}))
        rows.update(entry.get("row_tokens", {}))
    data = {}
    for question_id, answer in answers.items():
        field = f"q-{question_id}"
        if isinstance(answer, dict):
            for left, right in answer.items():
                data[f"{field}-{rows.get(left, left)}"] = _as_tokens(right, options)
        else:
            data[field] = _as_tokens(answer, options)
    return data


def _as_tokens(value, options):
    if isinstance(value, list | tuple):
        return [options.get(item, item) for item in value]
    return options.get(value, value)
