"""The academy's part of `seed_demo`: a catalogue and three courses in three languages."""

import uuid

from django.utils.html import escape

from academy.models import AcademyIndexPage, AssessmentPage, CoursePage, LessonPage
from cms.demo import LANGUAGE_CODES, demo_key, translated_page

QUESTION_TYPES = {
    "single": "single_choice",
    "multiple": "multiple_choice",
    "true_false": "true_false",
    "short": "short_answer",
    "matching": "matching",
    "essay": "essay",
    "pool": "pool",
}

CATALOGUE = {
    "en": {
        "title": "Academy",
        "slug": "academy",
        "intro": "Courses of the Rule of Law Academy for monitors, lawyers and activists.",
    },
    "ru": {
        "title": "Академия",
        "slug": "academy",
        "intro": "Курсы Академии верховенства права для наблюдателей, юристов и активистов.",
    },
    "kk": {
        "title": "Академия",
        "slug": "academy",
        "intro": "Құқық үстемдігі академиясының бақылаушыларға, заңгерлерге және белсенділерге "
        "арналған курстары.",
    },
}


def paragraph(text):
    return f"<p>{escape(text)}</p>"


def stream_block(block):
    """Turn one demo-content tuple into a StreamField block."""
    kind, *values = block
    if kind == "heading":
        return ("heading", {"text": values[0], "level": "h2"})
    if kind == "paragraph":
        return ("paragraph", paragraph(values[0]))
    if kind == "list":
        items = "".join(f"<li>{escape(item)}</li>" for item in values[0])
        return ("paragraph", f"<ul>{items}</ul>")
    if kind == "callout":
        return ("callout", {"tone": "key", "title": values[0], "text": paragraph(values[1])})
    if kind == "quote":
        return ("quote", {"quote": values[0], "attribution": values[1]})
    if kind == "task":
        return ("task", {"title": "", "text": paragraph(values[0])})
    raise ValueError(f"Unknown demo block {kind!r}")


def block_id(name):
    """The same block ids in every language, as a translation made in the admin keeps them."""
    return str(uuid.uuid5(demo_key("questions"), name))


def question_blocks(questions, code, prefix):
    """Demo assessment questions as StreamField data in one language."""
    blocks = []
    for number, question in enumerate(questions):
        question_id = block_id(f"{prefix}-{number}")
        kind = question["type"]
        if kind == "pool":
            value = {
                "title": question["title"][code],
                "draw": question["draw"],
                "questions": question_blocks(question["questions"], code, question_id),
            }
        elif kind == "essay":
            value = {
                "prompt": question["prompt"][code],
                "points": question["points"],
                "guidance": question["guidance"][code],
            }
        else:
            value = {
                "prompt": question["prompt"][code],
                "points": question["points"],
                "feedback": question["feedback"][code],
            }
        if kind in ("single", "multiple"):
            value["choices"] = [
                {
                    "type": "item",
                    "id": block_id(f"{question_id}-{index}"),
                    "value": {
                        "text": option["text"][code],
                        "correct": option["correct"],
                        "feedback": option["feedback"][code],
                    },
                }
                for index, option in enumerate(question["choices"])
            ]
        elif kind == "true_false":
            value["answer"] = question["answer"]
        elif kind == "short":
            value["accepted"] = [
                {"type": "item", "id": block_id(f"{question_id}-{index}"), "value": text}
                for index, text in enumerate(question["accepted"][code])
            ]
            value["tolerance"] = question["tolerance"]
        elif kind == "matching":
            value["pairs"] = [
                {
                    "type": "item",
                    "id": block_id(f"{question_id}-{index}"),
                    "value": {"left": pair["left"][code], "right": pair["right"][code]},
                }
                for index, pair in enumerate(question["pairs"])
            ]
        blocks.append({"type": QUESTION_TYPES[kind], "id": question_id, "value": value})
    return blocks


def seed_assessment(assessment, course_pages, locales, report):
    """Create one demo assessment as the last item of its course, in every language."""
    fields = {
        code: {
            "title": assessment["title"][code],
            "slug": assessment["slug"][code],
            "intro": assessment["intro"][code],
            "questions": question_blocks(assessment["questions"], code, assessment["key"]),
        }
        for code in LANGUAGE_CODES
    }
    translated_page(
        AssessmentPage,
        f"assessment-{assessment['key']}",
        course_pages,
        locales,
        fields,
        report,
        pass_mark=assessment["pass_mark"],
        attempts_allowed=assessment["attempts_allowed"],
        time_limit_minutes=assessment["time_limit_minutes"],
        grading_method=assessment["grading_method"],
        shuffle_questions=assessment["shuffle"],
        shuffle_choices=assessment["shuffle"],
        required=assessment["required"],
        show_answers=assessment["show_results"],
    )


def seed_academy(sender, homes, locales, users, report, **kwargs):
    """Create the catalogue and the demo courses with their lessons (once)."""
    # Loaded here, not at start-up: the texts are only needed when seeding.
    from academy import demo_assessments, demo_content

    catalogue = translated_page(
        AcademyIndexPage, "academy", homes, locales, CATALOGUE, report, show_in_menus=True
    )
    courses = {}
    for course in demo_content.COURSES:
        fields = {
            code: {
                "title": course[code]["title"],
                "slug": course[code]["slug"],
                "summary": course[code]["summary"],
                "outcomes": [("outcome", text) for text in course[code]["outcomes"]],
                "body": [("paragraph", paragraph(text)) for text in course[code]["description"]],
            }
            for code in LANGUAGE_CODES
        }
        pages = translated_page(
            CoursePage,
            f"course-{course['key']}",
            catalogue,
            locales,
            fields,
            report,
            topic=course["topic"],
            level=course["level"],
            estimated_hours=course["estimated_hours"],
            enrolment_mode=course["enrolment_mode"],
            sequential=course["sequential"],
        )
        courses[course["key"]] = pages
        for lesson in course["lessons"]:
            lesson_fields = {
                code: {
                    "title": lesson[code]["title"],
                    "slug": lesson[code]["slug"],
                    "body": [stream_block(block) for block in lesson[code]["body"]],
                }
                for code in LANGUAGE_CODES
            }
            translated_page(
                LessonPage,
                f"lesson-{lesson['key']}",
                pages,
                locales,
                lesson_fields,
                report,
                estimated_minutes=lesson["minutes"],
                required=lesson["required"],
            )
        seed_assessment(demo_assessments.ASSESSMENTS[course["key"]], pages, locales, report)
    for course in demo_content.COURSES:
        for code, page in courses[course["key"]].items():
            wanted = [courses[key][code] for key in course["prerequisites"]]
            if wanted and not page.prerequisites.exists():
                page.prerequisites.set(wanted)
                page.save_revision().publish()


def perfect_answers(attempt):
    """The form data of the right answer to every question of a demo attempt, read from its
    key and named by the attempt's tokens."""
    from academy.attempts import form_answers, graded_page, question_index

    index = question_index(graded_page(attempt))
    answers = {}
    for entry in attempt.layout:
        block_type, value = index[entry["id"]]
        if block_type == "single_choice":
            answer = {"choice": correct_choices(value)[0]}
        elif block_type == "multiple_choice":
            answer = {"choices": correct_choices(value)}
        elif block_type == "true_false":
            answer = {"value": value["answer"]}
        elif block_type == "short_answer":
            answer = {"text": value["accepted"][0]}
        elif block_type == "matching":
            answer = {"pairs": {pair.id: pair.id for pair in value["pairs"].bound_blocks}}
        else:
            answer = {
                "text": (
                    "Monitors record whether the hearing was public, whether the defendant had "
                    "a lawyer and an interpreter, and how the judge explained the decision."
                )
            }
        answers[entry["id"]] = answer
    return form_answers(attempt, answers)


def correct_choices(value) -> list:
    return [choice.id for choice in value["choices"].bound_blocks if choice.value["correct"]]


ESSAY_FEEDBACK = {
    "en": "Clear and precise: you name what a monitor records and why.",
    "ru": "Ясно и точно: вы называете, что фиксирует наблюдатель и зачем.",
    "kk": "Анық әрі нақты: бақылаушының нені және не үшін тіркейтінін атадыңыз.",
}


def seed_demo_learner(sender, homes, locales, users, report, **kwargs):
    """The demo trainee has finished the first course and is halfway through the second."""
    from academy.attempts import grade_essay, start_attempt, submit_attempt
    from academy.models import Attempt
    from academy.services import complete_lesson, enrol

    trainee, staff = users.get("trainee@demo.local"), users.get("staff@demo.local")
    if trainee is None or staff is None or Attempt.objects.filter(user=trainee).exists():
        return
    # She studies in her profile's language: her attempt is graded against, and her result
    # page shows, the questions of that translation.
    locale = locales[trainee.preferred_language]
    first, second = (
        CoursePage.objects.get(translation_key=demo_key(f"course-{key}"), locale=locale)
        for key in ("monitoring-methodology", "fair-trial-standards")
    )
    enrol(user=trainee, course=first)
    for lesson in LessonPage.objects.live().child_of(first).filter(required=True):
        complete_lesson(user=trainee, lesson=lesson, course=first)
    assessment = AssessmentPage.objects.live().child_of(first).get()
    attempt = start_attempt(user=trainee, assessment=assessment, course=first)
    submit_attempt(attempt_id=attempt.pk, user=trainee, data=perfect_answers(attempt))
    for response in attempt.responses.filter(score__isnull=True):
        grade_essay(
            response=response,
            score=response.max_score,
            feedback=ESSAY_FEEDBACK[trainee.preferred_language],
            by=staff,
        )
    report("trainee@demo.local completed the first course and passed its assessment")
    enrol(user=trainee, course=second, by=staff)
    for lesson in LessonPage.objects.live().child_of(second)[:2]:
        complete_lesson(user=trainee, lesson=lesson, course=second)
    report("trainee@demo.local is halfway through the second course")
