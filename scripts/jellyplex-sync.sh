#!/usr/bin/env bash
# Unraid "User Scripts" / cron helper: mirrors one movie library into the other format.
#
# It ships with --dry-run ON: it only logs what it would do. Read the log, then remove
# --dry-run from OPTIONS below. Adjust SOURCE and TARGET to your layout first; for hardlinks they
# must be on one filesystem (see docs/unraid-and-nas.md).
set -euo pipefail

SOURCE="/mnt/disk1/media/Movies"            # the library you maintain (Plex or Jellyfin naming)
TARGET="/mnt/disk1/media/Movies-Jellyfin"   # the mirror jellyplex maintains; keep nothing else here
OPTIONS=(--dry-run --create --delete --max-delete 50)
LOG="${JELLYPLEX_LOG:-/var/log/jellyplex-sync.log}"
# Where the jellyplex checkout (or the jar) lives:
JELLYPLEX="${JELLYPLEX:-$(cd "$(dirname "$0")/.." && pwd)/jellyplex}"

{
  echo "=== $(date -Is) jellyplex sync ${OPTIONS[*]} $SOURCE $TARGET"
  status=0
  "$JELLYPLEX" sync "${OPTIONS[@]}" "$SOURCE" "$TARGET" || status=$?
  echo "=== exit code $status"
} >>"$LOG" 2>&1
exit "${status:-0}"
