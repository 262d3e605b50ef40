"""The certificates' part of `seed_demo`: a template in three languages for every demo course."""

from academy.models import CoursePage
from certificates.models import CertificateTemplate, CourseCertificate
from cms.demo import LANGUAGE_CODES, demo_key

TEMPLATE = {
    "en": {
        "title": "Certificate of completion",
        "body": (
            "has completed the course “{course}” of the Rule of Law Academy "
            "({hours} academic hours) on {date}, with a final score of {score}."
        ),
    },
    "ru": {
        "title": "Сертификат об окончании курса",
        "body": (
            "успешно завершил(а) курс «{course}» Академии верховенства права "
            "({hours} академ. ч.) {date}, итоговый результат {score}."
        ),
    },
    "kk": {
        "title": "Курсты аяқтағаны туралы сертификат",
        "body": (
            "Құқық үстемдігі академиясының «{course}» курсын ({hours} академиялық сағат) "
            "{date} сәтті аяқтады, қорытынды нәтижесі {score}."
        ),
    },
}
SIGNATORY = {
    "en": ("Director, Legal Policy Research Centre",),
    "ru": ("Директор Центра исследования правовой политики",),
    "kk": ("Құқықтық саясатты зерттеу орталығының директоры",),
}


def seed_certificates(sender, homes, locales, users, report, **kwargs):
    """Create the demo certificate template and issue settings for each demo course (once)."""
    key = demo_key("certificate-template")
    templates = {}
    for code in LANGUAGE_CODES:
        template = CertificateTemplate.objects.filter(
            translation_key=key, locale=locales[code]
        ).first()
        if template is None:
            template = CertificateTemplate(
                translation_key=key,
                locale=locales[code],
                name="Rule of Law Academy",
                **TEMPLATE[code],
            )
            template.save()
            template.signatories.create(name="", position=SIGNATORY[code][0])
            report(f"certificate template [{code}]")
        templates[code] = template
    course_keys = set(
        CoursePage.objects.filter(locale=locales["en"]).values_list("translation_key", flat=True)
    )
    for course_key in course_keys:
        _settings, created = CourseCertificate.objects.get_or_create(
            course_key=course_key, defaults={"template": templates["en"]}
        )
        if created:
            report("certificate settings for a demo course")
