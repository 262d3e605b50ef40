"""Build a realistic benchmark data set fast: pages through Wagtail, records in bulk."""

import random
import secrets
import time
from datetime import timedelta
from decimal import Decimal
from io import StringIO

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale

from academy.models import (
    AcademyIndexPage,
    AssessmentPage,
    Attempt,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    Response,
)
from accounts.models import User, WorkGroup
from accounts.regions import Region
from accounts.roles import Role
from bench.models import BaselinePage
from bench.scales import SCALES
from certificates.models import IssuedCertificate
from cms.models import ArticlePage, NewsIndexPage
from mentorship.models import Meeting, MentorshipProgrammePage, Pairing

LANGUAGES = ["en", "ru", "kk"]
BATCH = 2_000
COMPLETED_SHARE = 0.2
REGIONS = [code for code, _label in Region.choices]
MENTEES_OF_FIRST_MENTOR = 50
BODY = [
    (
        "paragraph",
        "<p>Monitors record whether the hearing was public, whether the defendant had a "
        "lawyer and an interpreter, and how the judge explained the decision.</p>",
    )
] * 6


def questions(count, prefix):
    return [
        {
            "type": "single_choice",
            "id": f"{prefix}-q{n}",
            "value": {
                "prompt": f"Which right applies here ({n})?",
                "points": 1,
                "feedback": "",
                "choices": [
                    {
                        "type": "item",
                        "id": f"{prefix}-q{n}-{letter}",
                        "value": {
                            "text": f"Answer {letter}",
                            "correct": letter == "a",
                            "feedback": "",
                        },
                    }
                    for letter in "abcd"
                ],
            },
        }
        for n in range(count)
    ]


class Command(BaseCommand):
    help = "Build benchmark data: --scale tiny (CI), small (today's Academy) or large (national)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=sorted(SCALES), default="small")
        parser.add_argument("--seed", type=int, default=2026)

    def step(self, label, done, total):
        self.stdout.write(f"\r  {label:<22} {done:>7}/{total:<7}", ending="")
        if done == total:
            self.stdout.write(f"  ({time.perf_counter() - self.started:.0f} s)")

    def handle(self, *args, scale, seed, **options):
        self.started = time.perf_counter()
        self.random = random.Random(seed)  # noqa: S311 - benchmark data, not security
        size = SCALES[scale]
        if User.objects.filter(email__startswith="bench-").exists():
            raise CommandError("Benchmark data is already here; use an empty database.")
        self.stdout.write(f"bench_seed --scale {scale}")
        # The site without demo accounts: benchmark users are made below.
        with override_settings(DEBUG=False):
            call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
        locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.seed_articles(size, locales)
        courses = self.seed_courses(size, locales)
        trainees = self.seed_users(size)
        enrollments = self.seed_records(size, courses, trainees)
        self.seed_mentorship(size, courses, enrollments)
        # Fresh planner statistics, as a database in use has them: without them PostgreSQL
        # plans the first minutes of queries for empty tables.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"done in {time.perf_counter() - self.started:.0f} s"))

    def seed_articles(self, size, locales):
        news = NewsIndexPage.objects.get(locale=locales["en"])
        for number in range(size.articles):
            news.add_child(
                instance=ArticlePage(
                    title=f"Monitoring report {number}",
                    slug=f"bench-article-{number}",
                    summary="What monitors saw in the courts this month.",
                    body=BODY,
                    date=timezone.localdate() - timezone.timedelta(days=number),
                )
            )
            self.step("articles", number + 1, size.articles)
        home = news.get_parent()
        home.add_child(instance=BaselinePage(title="Baseline", slug="bench-baseline", body=BODY))

    def seed_courses(self, size, locales):
        catalogues = {
            code: AcademyIndexPage.objects.get(locale=locales[code]) for code in LANGUAGES
        }
        courses = []
        for number in range(size.courses):
            keys = {}  # the English pages' translation keys, shared by their translations

            def translation_of(name, keys=keys):
                return {"translation_key": keys[name]} if name in keys else {}

            for code in LANGUAGES:
                course = CoursePage(
                    title=f"Course {number} [{code}]",
                    slug=f"bench-course-{number}",
                    summary="Fair-trial standards in practice.",
                    topic=CoursePage.Topic.FAIR_TRIAL,
                    level=CoursePage.Level.INTERMEDIATE,
                    estimated_hours=8,
                    locale=locales[code],
                    **translation_of("course"),
                )
                catalogues[code].add_child(instance=course)
                keys.setdefault("course", course.translation_key)
                for lesson_number in range(size.lessons_per_course):
                    lesson = LessonPage(
                        title=f"Lesson {lesson_number}",
                        slug=f"lesson-{lesson_number}",
                        body=BODY,
                        locale=locales[code],
                        **translation_of(f"lesson-{lesson_number}"),
                    )
                    course.add_child(instance=lesson)
                    keys.setdefault(f"lesson-{lesson_number}", lesson.translation_key)
                for quiz_number in range(size.assessments_per_course):
                    long_quiz = number == 0 and quiz_number == 0
                    quiz = AssessmentPage(
                        title=f"Assessment {quiz_number}",
                        slug=f"assessment-{quiz_number}",
                        questions=questions(
                            size.long_quiz_questions if long_quiz else 10,
                            f"c{number}a{quiz_number}",
                        ),
                        pass_mark=60,
                        locale=locales[code],
                        **translation_of(f"quiz-{quiz_number}"),
                    )
                    course.add_child(instance=quiz)
                    if long_quiz:
                        # As in production, where every page has its revisions: the measured
                        # attempts are graded against the published revision.
                        quiz.save_revision().publish()
                    keys.setdefault(f"quiz-{quiz_number}", quiz.translation_key)
                if code == "en":
                    courses.append(course)
            self.step("courses (3 languages)", number + 1, size.courses)
        return courses

    def seed_users(self, size):
        password = make_password(None)
        trainees = User.objects.bulk_create(
            [
                User(
                    email=f"bench-trainee-{n}@example.org",
                    first_name="Trainee",
                    last_name=f"N{n}",
                    password=password,
                    # One trainee in ten gives no region, as at sign-up where it is optional.
                    region=self.random.choice(REGIONS) if n % 10 else "",
                )
                for n in range(size.trainees)
            ],
            batch_size=BATCH,
        )
        groups = list(WorkGroup.objects.all())
        User.work_groups.through.objects.bulk_create(
            [
                User.work_groups.through(user_id=trainee.pk, workgroup_id=group.pk)
                for trainee in trainees
                for group in self.random.sample(groups, self.random.randint(0, 2))
            ],
            batch_size=BATCH,
        )
        mentors = User.objects.bulk_create(
            [
                User(
                    email=f"bench-mentor-{n}@example.org",
                    first_name="Mentor",
                    last_name=f"N{n}",
                    password=password,
                )
                for n in range(size.mentors)
            ],
            batch_size=BATCH,
        )
        memberships = User.groups.through
        trainee_group = Group.objects.get(name=Role.TRAINEE.value)
        mentor_group = Group.objects.get(name=Role.MENTOR.value)
        memberships.objects.bulk_create(
            [memberships(user_id=user.pk, group_id=trainee_group.pk) for user in trainees]
            + [memberships(user_id=user.pk, group_id=mentor_group.pk) for user in mentors],
            batch_size=BATCH,
        )
        self.step("users", len(trainees) + len(mentors), len(trainees) + len(mentors))
        return trainees

    def seed_records(self, size, courses, trainees):
        lessons = {
            course.translation_key: list(
                LessonPage.objects.child_of(course).values_list("translation_key", flat=True)
            )
            for course in courses
        }
        quizzes = {
            course.translation_key: list(
                AssessmentPage.objects.child_of(course).values_list("translation_key", "pk")
            )
            for course in courses
        }
        enrollments, completions = [], []
        for trainee in trainees:
            for course in self.random.sample(courses, min(3, len(courses))):
                total = len(lessons[course.translation_key])
                # About one enrolment in five is finished, enough for the certificates.
                finished = self.random.random() < COMPLETED_SHARE
                done = total if finished else self.random.randint(0, total - 1)
                enrollments.append(
                    Enrollment(
                        user=trainee,
                        course_key=course.translation_key,
                        status=Enrollment.Status.COMPLETED
                        if finished
                        else Enrollment.Status.ACTIVE,
                        source=Enrollment.Source.SELF,
                        completed_at=timezone.now() if finished else None,
                    )
                )
                completions += [
                    LessonCompletion(
                        user=trainee, course_key=course.translation_key, lesson_key=key
                    )
                    for key in lessons[course.translation_key][:done]
                ]
        Enrollment.objects.bulk_create(enrollments, batch_size=BATCH)
        self.step("enrolments", len(enrollments), len(enrollments))
        LessonCompletion.objects.bulk_create(completions, batch_size=BATCH)
        self.step("lesson completions", len(completions), len(completions))

        attempts, numbers = [], {}
        for _ in range(size.attempts):
            enrollment = self.random.choice(enrollments)
            assessment_key, page_id = self.random.choice(quizzes[enrollment.course_key])
            number = numbers.get((enrollment.user_id, assessment_key), 0) + 1
            numbers[(enrollment.user_id, assessment_key)] = number
            percent = Decimal(self.random.randint(20, 100))
            attempts.append(
                Attempt(
                    user_id=enrollment.user_id,
                    assessment_key=assessment_key,
                    course_key=enrollment.course_key,
                    page_id=page_id,
                    number=number,
                    status=Attempt.Status.GRADED,
                    score=percent / 10,
                    max_score=10,
                    percent=percent,
                    passed=percent >= 60,
                    submitted_at=timezone.now(),
                    graded_at=timezone.now(),
                )
            )
        Attempt.objects.bulk_create(attempts, batch_size=BATCH)
        self.step("attempts", len(attempts), len(attempts))
        self.seed_long_quiz_answers(size, quizzes[courses[0].translation_key][0][0], attempts)

        completed = [e for e in enrollments if e.status == Enrollment.Status.COMPLETED]
        year = timezone.now().year
        certificates = [
            IssuedCertificate(
                holder_id=enrollment.user_id,
                course_key=enrollment.course_key,
                serial=f"BENCH-{year}-{n:06d}",
                token=secrets.token_urlsafe(24),
                holder_name=f"Trainee {enrollment.user_id}",
                holder_surname=f"N{enrollment.user_id}",
                course_title="Fair-trial standards in practice",
                language="en",
                hours=8,
            )
            for n, enrollment in enumerate(completed[: size.certificates])
        ]
        IssuedCertificate.objects.bulk_create(certificates, batch_size=BATCH)
        self.step("certificates", len(certificates), len(certificates))
        return enrollments

    def seed_long_quiz_answers(self, size, assessment_key, attempts):
        """Every attempt at the long quiz gets its answers, so the question analysis report
        reads tens of thousands of responses; the other quizzes' attempts have totals only."""
        responses = []
        for attempt in attempts:
            if attempt.assessment_key != assessment_key:
                continue
            for n in range(size.long_quiz_questions):
                # Harder questions further on: the right answer "a" is chosen less often.
                letter = "a" if self.random.random() < 0.9 - n / 100 else self.random.choice("bcd")
                responses.append(
                    Response(
                        attempt=attempt,
                        question_id=f"c0a0-q{n}",
                        question_type="single_choice",
                        answer={"choice": f"c0a0-q{n}-{letter}"},
                        score=1 if letter == "a" else 0,
                        max_score=1,
                    )
                )
        Response.objects.bulk_create(responses, batch_size=BATCH)
        self.step("answers to the long quiz", len(responses), len(responses))

    def seed_mentorship(self, size, courses, enrollments):
        """Programmes of five courses each; every mentee is enrolled in one of its
        programme's courses; the first mentor follows MENTEES_OF_FIRST_MENTOR of them."""
        catalogue = AcademyIndexPage.objects.get(locale__language_code="en")
        mentors = list(User.objects.filter(email__startswith="bench-mentor-").order_by("pk"))
        enrolled = {}
        for enrollment in enrollments:
            enrolled.setdefault(enrollment.course_key, []).append(enrollment.user_id)
        groups = [courses[start : start + 5] for start in range(0, len(courses), 5)]
        programmes = []
        for number, group in enumerate(groups):
            programme = MentorshipProgrammePage(
                title=f"Mentorship programme {number}",
                slug=f"bench-programme-{number}",
                starts_on=timezone.localdate() - timedelta(days=90),
            )
            catalogue.add_child(instance=programme)
            programme.courses.set(group)
            programme.save()
            candidates = sorted(
                {
                    user_id
                    for course in group
                    for user_id in enrolled.get(course.translation_key, [])
                }
            )
            programmes.append((programme, candidates))
        pairings, taken = [], set()
        first_programme, first_candidates = programmes[0]
        for mentee_id in first_candidates[: min(MENTEES_OF_FIRST_MENTOR, size.pairings)]:
            pairings.append(
                Pairing(programme=first_programme, mentor=mentors[0], mentee_id=mentee_id)
            )
            taken.add(mentee_id)
        while len(pairings) < size.pairings:
            programme, candidates = self.random.choice(programmes)
            mentee_id = self.random.choice(candidates)
            if mentee_id in taken:
                continue
            taken.add(mentee_id)
            mentor = self.random.choice(mentors[1:] or mentors)
            pairings.append(Pairing(programme=programme, mentor=mentor, mentee_id=mentee_id))
        for pairing in pairings:
            pairing.starts_on = timezone.localdate() - timedelta(days=60)
        Pairing.objects.bulk_create(pairings, batch_size=BATCH)
        Meeting.objects.bulk_create(
            (
                Meeting(
                    pairing=pairing,
                    held_on=timezone.localdate() - timedelta(days=7),
                    duration_minutes=60,
                    format=Meeting.Format.ONLINE,
                    topics="Notes from the hearing.",
                    next_meeting_on=timezone.localdate() + timedelta(days=7),
                )
                for pairing in pairings
            ),
            batch_size=BATCH,
        )
        self.step("pairings with a meeting", len(pairings), len(pairings))
