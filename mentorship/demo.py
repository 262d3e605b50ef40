"""Demo mentoring: a programme in which the demo mentor follows three mentees."""

import datetime

from django.utils import timezone

from academy.models import AcademyIndexPage, AssessmentPage, CoursePage, LessonPage
from cms.demo import demo_key, translated_page

PROGRAMME = {
    "en": {
        "title": "Trial monitoring mentorship 2026",
        "slug": "mentorship-2026",
        "intro": "Experienced monitors accompany new trial monitors through their first "
        "hearings and reports.",
    },
    "ru": {
        "title": "Наставничество в мониторинге судебных процессов 2026",
        "slug": "mentorship-2026",
        "intro": "Опытные наблюдатели сопровождают новых наблюдателей на их первых "
        "судебных заседаниях и в подготовке первых отчётов.",
    },
    "kk": {
        "title": "Сот процестерін мониторингілеудегі тәлімгерлік 2026",
        "slug": "mentorship-2026",
        "intro": "Тәжірибелі бақылаушылар жаңа бақылаушыларды алғашқы сот отырыстарында "
        "және алғашқы есептерін дайындауда сүйемелдейді.",
    },
}


def seed_mentorship(sender, homes, locales, users, report, **kwargs):
    """The programme in every language; pairings, meetings, goals and a note on the English
    one, where they are entered (once)."""
    from academy.attempts import start_attempt, submit_attempt
    from academy.demo import perfect_answers
    from academy.services import complete_lesson, enrol
    from mentorship.models import Goal, Meeting, MentorNote, MentorshipProgrammePage, Pairing

    catalogues = {
        code: AcademyIndexPage.objects.get(translation_key=demo_key("academy"), locale=locale)
        for code, locale in locales.items()
    }
    courses = {
        code: [
            CoursePage.objects.get(translation_key=demo_key(f"course-{key}"), locale=locale)
            for key in ("monitoring-methodology", "fair-trial-standards")
        ]
        for code, locale in locales.items()
    }
    today = timezone.localdate()
    programmes = translated_page(
        MentorshipProgrammePage,
        "mentorship-2026",
        catalogues,
        locales,
        PROGRAMME,
        report,
        starts_on=today - datetime.timedelta(days=60),
        ends_on=today + datetime.timedelta(days=300),
    )
    for code, programme in programmes.items():
        if not programme.courses.exists():
            programme.courses.set(courses[code])
            programme.save_revision().publish()

    mentor = users.get("mentor@demo.local")
    mentees = [
        users.get(email) for email in ("trainee@demo.local", "dias@demo.local", "zhanna@demo.local")
    ]
    if mentor is None or None in mentees or Pairing.objects.filter(mentor=mentor).exists():
        return
    trainee, dias, zhanna = mentees
    first = courses["en"][0]
    enrol(user=dias, course=first)
    for lesson in LessonPage.objects.live().child_of(first).filter(required=True):
        complete_lesson(user=dias, lesson=lesson, course=first)
    assessment = AssessmentPage.objects.live().child_of(first).get()
    attempt = start_attempt(user=dias, assessment=assessment, course=first)
    submit_attempt(attempt_id=attempt.pk, user=dias, data=perfect_answers(attempt))
    enrol(user=zhanna, course=first)

    programme = MentorshipProgrammePage.objects.get(pk=programmes["en"].pk)
    focus = {
        trainee: "Writing the first trial monitoring report",
        dias: "Observing criminal hearings in Karaganda",
        zhanna: "Getting started with the methodology",
    }
    for mentee in mentees:
        programme.pairings.add(
            Pairing(
                mentor=mentor,
                mentee=mentee,
                starts_on=today - datetime.timedelta(days=45),
                focus=focus[mentee],
            )
        )
    programme.save_revision().publish()
    pairing = Pairing.objects.get(mentor=mentor, mentee=trainee)
    Meeting.objects.create(
        pairing=pairing,
        held_on=today - datetime.timedelta(days=7),
        duration_minutes=60,
        format=Meeting.Format.ONLINE,
        topics="Notes from the first hearing; what to record about interpreters.",
        actions="Aigerim drafts the hearing report; Marat comments on it within a week.",
        next_meeting_on=today + datetime.timedelta(days=7),
        logged_by=mentor,
        mentee_notified_at=timezone.now(),
    )
    Goal.objects.create(
        pairing=pairing,
        text="Observe three hearings at the Almaty city court",
        due_on=today + datetime.timedelta(days=30),
        status=Goal.Status.IN_PROGRESS,
        set_by=mentor,
        mentee_notified_at=timezone.now(),
    )
    Goal.objects.create(
        pairing=pairing,
        text="Finish the fair-trial standards course",
        due_on=today + datetime.timedelta(days=60),
        set_by=trainee,
    )
    MentorNote.objects.create(
        pairing=pairing,
        author=mentor,
        text="Strong on procedure; needs practice in writing neutral observations.",
    )
    report("mentor@demo.local mentors three trainees, with a meeting, goals and an essay to review")
