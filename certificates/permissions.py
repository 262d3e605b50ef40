"""Who may have what of a certificate: the one place views ask."""

from academy.permissions import is_academy_staff


def can_download_certificate(*, user, certificate) -> bool:
    """The PDF names its holder: the holder downloads it while it is valid (a revoked or
    replaced one must not keep circulating), Academy staff any time, no one else."""
    if not user.is_authenticated:
        return False
    if is_academy_staff(user):
        return True
    return certificate.holder_id == user.pk and certificate.is_valid
