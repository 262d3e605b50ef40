#!/usr/bin/env bash
# Back up the PostgreSQL database (pg_dump, custom format), the public media files and the
# private ones (certificate PDFs, H5P packages) into one folder with checksums:
# scripts/backup.sh [FOLDER]. Media kept on S3-compatible storage are not copied: that
# bucket's versioning is their backup (see SECURITY.md).
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL database to back up}"
media_root="${MEDIA_ROOT:-media}"
private_media_root="${PRIVATE_MEDIA_ROOT:-private-media}"
target="${1:-backups/$(date -u +%Y%m%dT%H%M%SZ)}"
# The dump and the private archive hold personal data: readable by this account only.
umask 077
mkdir -p "$target"
pg_dump --format=custom --no-owner --no-privileges --file="$target/database.dump" "$DATABASE_URL"
if [ -d "$media_root" ]; then
    tar -C "$media_root" -czf "$target/media.tar.gz" .
fi
if [ -d "$private_media_root" ]; then
    tar -C "$private_media_root" -czf "$target/private-media.tar.gz" .
fi
(cd "$target" && sha256sum -- * > SHA256SUMS)
echo "$target"
