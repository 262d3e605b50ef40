import factory

from certificates.models import CertificateTemplate, CourseCertificate

BODIES = {
    "en": "has completed the course {course} ({hours} hours) on {date} with a score of {score}.",
    "ru": "успешно завершил(а) курс «{course}» ({hours} ч.) {date}, результат {score}.",
    "kk": "«{course}» курсын ({hours} сағат) {date} сәтті аяқтады, нәтижесі {score}.",
}
TITLES = {"en": "Certificate", "ru": "Сертификат", "kk": "Сертификат"}


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CertificateTemplate

    name = "Academy certificate"
    title = "Certificate"
    body = BODIES["en"]


def template_in_three_languages(locales):
    english = CertificateTemplateFactory(locale=locales["en"])
    for code in ["ru", "kk"]:
        CertificateTemplateFactory(
            locale=locales[code],
            translation_key=english.translation_key,
            title=TITLES[code],
            body=BODIES[code],
        )
    return english


def course_certificate(course, template, **fields):
    return CourseCertificate.objects.create(
        course_key=course.translation_key, template=template, **fields
    )
