#!/usr/bin/env bash
# Restore a folder made by scripts/backup.sh into the database in DATABASE_URL (its tables are
# replaced), into MEDIA_ROOT and into PRIVATE_MEDIA_ROOT: scripts/restore.sh FOLDER. The
# checksums are verified first; nothing is touched when a file is damaged.
set -euo pipefail
source="${1:?usage: scripts/restore.sh BACKUP_FOLDER}"
: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL database to restore into}"
media_root="${MEDIA_ROOT:-media}"
private_media_root="${PRIVATE_MEDIA_ROOT:-private-media}"
(cd "$source" && sha256sum --check --quiet SHA256SUMS)
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
    --dbname="$DATABASE_URL" "$source/database.dump"
if [ -f "$source/media.tar.gz" ]; then
    mkdir -p "$media_root"
    tar -C "$media_root" -xzf "$source/media.tar.gz"
fi
if [ -f "$source/private-media.tar.gz" ]; then
    mkdir -p -m 700 "$private_media_root"
    tar -C "$private_media_root" -xzf "$source/private-media.tar.gz"
fi
echo "restored $source"
