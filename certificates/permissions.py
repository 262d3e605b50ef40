"""Who may have what of a certificate: the one place views ask."""

from academy.permissions import is_academy_staff


def can_download_certificate(*, user, certificate) -> bool:
    """The PDF names its holder: the holder and Academy staff download it, no one else."""
    if not user.is_authenticated:
        return False
    return certificate.holder_id == user.pk or is_academy_staff(user)
