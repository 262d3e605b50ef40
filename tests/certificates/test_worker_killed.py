"""A worker killed with SIGKILL while it issues a certificate: after a restart the work is
done, once. Real worker processes on Redis (``tests/celery_worker.py``).

Tasks are acknowledged late (CELERY_TASK_ACKS_LATE): a message whose worker died before
acknowledging it is delivered again. How it comes back depends on what died:

- the whole worker (a pod or machine gone): Redis keeps the message among the unacknowledged
  ones, and the next worker to start hands it out again once it is older than the visibility
  timeout (CELERY_VISIBILITY_TIMEOUT, 5 s for these workers, 3600 s by default);
- only the pool process that ran the task (the out-of-memory killer): the worker puts the
  message back at once (CELERY_TASK_REJECT_ON_WORKER_LOST); without that setting Celery
  acknowledges it as failed and the certificate is never rendered or sent.

The redelivered task must then finish the work exactly once: one certificate, one PDF file,
one e-mail. Issuing is idempotent (one valid certificate per holder and course, the issued
one's PDF and e-mail queued again if they were not done); the PDF is stored under the
serial's name in a row-locked transaction, replacing a file a killed worker stored without
recording it; the e-mail is marked (``emailed_at``) in the transaction that sends it.

One window is left, and the order is chosen on purpose: between the mail server accepting
the e-mail and the commit of ``emailed_at``, a kill makes the holder get the e-mail twice.
No order closes it, since the mail server and the database do not commit together; marking
first would lose the e-mail in the same window (at most once), sending first sends it again
(at least once). A certificate e-mail is worth more than a duplicate costs, so it is at least
once: both copies carry the same Message-ID, by which mail systems recognise the second one
as the first. The window lasts as long as the commit after an accepted SMTP transaction.
"""

import pytest

from academy.models import Enrollment
from certificates.models import IssuedCertificate
from tests.celery_worker import real_workers  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MAIL_SENT = "after:django.core.mail.backends.filebased.EmailBackend.send_messages"

KILL_POINTS = [
    pytest.param("before:config.celery.enqueue", 1, id="issued-before-its-pdf-was-queued"),
    pytest.param("before:certificates.tasks.render_certificate_pdf", 1, id="while-rendering"),
    pytest.param(
        "after:django.core.files.storage.FileSystemStorage.save",
        1,
        id="pdf-stored-before-the-row-recorded-it",
    ),
    pytest.param(MAIL_SENT, 2, id="e-mail-sent-before-it-was-marked"),
    pytest.param(
        "task-done:certificates.tasks.render_and_send_certificate",
        1,
        id="done-before-the-acknowledgement",
    ),
]


def issued_once(real_workers, worker, graduate):  # noqa: F811 - the fixture's value
    """Wait for the holder's e-mailed certificate and for every message to be acknowledged."""
    real_workers.wait_for(
        lambda: (
            IssuedCertificate.objects.filter(holder=graduate, emailed_at__isnull=False).exists()
            and real_workers.idle()
        ),
        worker,
        "the certificate rendered, e-mailed and acknowledged",
    )
    certificate = IssuedCertificate.objects.get(holder=graduate)
    assert IssuedCertificate.objects.count() == 1
    pdfs = sorted(path.name for path in real_workers.private_media_root.rglob("*.pdf"))
    assert pdfs == [f"{certificate.serial}.pdf"], "one PDF file, the one the row names"
    assert not list(real_workers.media_root.rglob("*.pdf")), "none in public media"
    return certificate


@pytest.mark.parametrize(("pause", "emails"), KILL_POINTS)
def test_a_worker_killed_while_issuing_a_certificate_is_done_once_after_a_restart(
    real_workers,  # noqa: F811 - the fixture
    graduate,
    certified_course,
    pause,
    emails,
):
    enrollment = Enrollment.objects.get(user=graduate)
    second = real_workers.killed_then_restarted(
        pause, "certificates.tasks.issue_certificate_task", enrollment.pk
    )
    certificate = issued_once(real_workers, second, graduate)
    messages = real_workers.messages()
    assert [str(message["To"]) for message in messages] == [graduate.email] * emails
    for message in messages:
        [attachment] = message.iter_attachments()
        assert attachment.get_filename() == f"{certificate.serial}.pdf"
    # At least once in the one window left: the copy is the same message.
    assert len({message["Message-ID"] for message in messages}) == 1


def test_a_killed_pool_process_gives_its_task_back_at_once(
    real_workers,  # noqa: F811 - the fixture
    graduate,
    certified_course,
):
    enrollment = Enrollment.objects.get(user=graduate)
    real_workers.send("certificates.tasks.issue_certificate_task", enrollment.pk)
    worker = real_workers.start(pause="before:certificates.tasks.render_certificate_pdf")
    killed = real_workers.kill_when_paused(worker, only_the_pool_process=True)
    assert killed != worker.process.pid, "the pool process, not the worker"

    # The same worker runs it again, long before any visibility timeout could matter.
    issued_once(real_workers, worker, graduate)
    assert len(real_workers.messages()) == 1
    assert "WorkerLostError" in worker.log_path.read_text(errors="replace")
