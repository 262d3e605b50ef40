from django.db import transaction

from certificates.models import CourseCertificate


def issue_on_completion(sender, enrollment, **kwargs):
    """When a course is completed, issue its certificate in the background if it says so."""
    if CourseCertificate.objects.filter(
        course_key=enrollment.course_key, issue_automatically=True
    ).exists():
        from certificates.tasks import issue_certificate_task
        from config.celery import enqueue

        transaction.on_commit(lambda: enqueue(issue_certificate_task, enrollment.pk))
