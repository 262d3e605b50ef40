"""Celery tasks of the academy: thin wrappers over the services, safe to run twice."""

from celery import shared_task

from academy.h5p.services import unpack_activity


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def unpack_h5p_activity(activity_id):
    """Unpack an uploaded H5P package into storage (idempotent); returns its status."""
    return unpack_activity(activity_id).status
