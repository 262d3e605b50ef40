"""The academy's part of `seed_demo`: a catalogue and three courses in three languages."""

from django.utils.html import escape

from academy.models import AcademyIndexPage, CoursePage, LessonPage
from cms.demo import LANGUAGE_CODES, translated_page

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


def seed_academy(sender, homes, locales, users, report, **kwargs):
    """Create the catalogue and the demo courses with their lessons (once)."""
    # Loaded here, not at start-up: the texts are only needed when seeding.
    from academy import demo_content

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
    for course in demo_content.COURSES:
        for code, page in courses[course["key"]].items():
            wanted = [courses[key][code] for key in course["prerequisites"]]
            if wanted and not page.prerequisites.exists():
                page.prerequisites.set(wanted)
                page.save_revision().publish()
