"""The demo's H5P activity: the real H5P.TrueFalse package that npm's h5p-standalone@2.1.0
ships (installed by ``npm ci`` as ``h5p-standalone-2-1-0``), with a question of our field in
each language, placed in the fair-trial course's lesson on the pre-trial stage."""

import io
import json
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile

from cms.demo import demo_key

TRUEFALSE_WORKSPACE = (
    Path(settings.BASE_DIR) / "node_modules" / "h5p-standalone-2-1-0" / "test" / "workspace"
)
PLACEHOLDER = "H5P_CONTENT_HERE.txt"
LESSON_KEY = "lesson-fair-trial-standards-3"

# Constitution of the Republic of Kazakhstan, Article 16(3): a detained person may use a
# lawyer's (defender's) help from the moment of detention.
QUESTIONS = {
    "en": {
        "title": "True or false: a lawyer from the moment of detention",
        "question": "A detained person has the right to a lawyer's help from the moment of "
        "detention.",
        "l10n": {
            "trueText": "True",
            "falseText": "False",
            "checkAnswer": "Check",
            "tryAgain": "Retry",
            "showSolutionButton": "Show solution",
            "score": "You got @score of @total points",
            "scoreBarLabel": "You got :num out of :total points",
            "wrongAnswerMessage": "Wrong answer",
            "correctAnswerMessage": "Correct answer",
        },
    },
    "ru": {
        "title": "Верно или неверно: адвокат с момента задержания",
        "question": "Задержанный имеет право пользоваться помощью адвоката (защитника) с "
        "момента задержания.",
        "l10n": {
            "trueText": "Верно",
            "falseText": "Неверно",
            "checkAnswer": "Проверить",
            "tryAgain": "Повторить",
            "showSolutionButton": "Показать решение",
            "score": "Вы набрали @score из @total баллов",
            "scoreBarLabel": "Вы набрали :num из :total баллов",
            "wrongAnswerMessage": "Неверный ответ",
            "correctAnswerMessage": "Правильный ответ",
        },
    },
    "kk": {
        "title": "Дұрыс па, бұрыс па: ұсталған сәттен бастап адвокат",
        "question": "Ұсталған адам ұсталған сәттен бастап адвокаттың (қорғаушының) көмегін "
        "пайдалануға құқылы.",
        "l10n": {
            "trueText": "Дұрыс",
            "falseText": "Бұрыс",
            "checkAnswer": "Тексеру",
            "tryAgain": "Қайталау",
            "showSolutionButton": "Шешімін көрсету",
            "score": "Сіз @total ұпайдың @score ұпайын жинадыңыз",
            "scoreBarLabel": "Сіз :total ұпайдың :num ұпайын жинадыңыз",
            "wrongAnswerMessage": "Жауап қате",
            "correctAnswerMessage": "Жауап дұрыс",
        },
    },
}


def truefalse_files() -> dict:
    """The real package's files (path -> bytes), without the workspace's placeholder."""
    if not TRUEFALSE_WORKSPACE.is_dir():
        raise FileNotFoundError(f"{TRUEFALSE_WORKSPACE} is missing: run `npm ci`")
    return {
        path.relative_to(TRUEFALSE_WORKSPACE).as_posix(): path.read_bytes()
        for path in sorted(TRUEFALSE_WORKSPACE.rglob("*"))
        if path.is_file() and path.name != PLACEHOLDER
    }


def zip_bytes(files: dict, *, entries=()) -> bytes:
    """A ZIP of ``files``; ``entries`` adds raw (ZipInfo, bytes) members (the tests' hostile
    packages need members no path can describe)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


def demo_package(code) -> bytes:
    texts = QUESTIONS[code]
    files = truefalse_files()
    metadata = json.loads(files["h5p.json"])
    metadata.update(title=texts["title"], language=code)
    content = json.loads(files["content/content.json"])
    content.update(question=f"<p>{texts['question']}</p>\n", correct="true")
    content["l10n"].update(texts["l10n"])
    files["h5p.json"] = json.dumps(metadata, ensure_ascii=False).encode()
    files["content/content.json"] = json.dumps(content, ensure_ascii=False).encode()
    return zip_bytes(files)


def seed_h5p_activity(sender, homes, locales, users, report, **kwargs):
    """Upload the activity in each language (as the demo staff member, who may install its
    libraries) and show it in the lesson, which completes when it is answered."""
    from academy.h5p.services import accept_upload, check_upload, unpack_activity
    from academy.models import H5PActivity, LessonPage

    staff = users.get("staff@demo.local")
    if staff is None or not TRUEFALSE_WORKSPACE.is_dir():
        return  # without DEBUG's demo accounts, or without `npm ci`, the lesson stays as it is
    for code, texts in QUESTIONS.items():
        lesson = LessonPage.objects.filter(
            translation_key=demo_key(LESSON_KEY), locale=locales[code]
        ).first()
        if lesson is None or H5PActivity.objects.filter(title=texts["title"]).exists():
            continue
        package = ContentFile(demo_package(code), name="true-false.h5p")
        check_upload(package, staff)
        activity = accept_upload(
            activity=H5PActivity(title=texts["title"], package=package), user=staff
        )
        activity = unpack_activity(activity.pk)
        lesson.body.append(("h5p", {"activity": activity}))
        lesson.completion_rule = LessonPage.CompletionRule.H5P_COMPLETED
        lesson.save_revision().publish()
        report(f"H5P activity [{code}]: {activity.title}", lesson)
