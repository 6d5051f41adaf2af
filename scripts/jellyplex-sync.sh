#!/usr/bin/env bash
# Unraid "User Scripts" / cron helper: mirrors one movie library into the other format.
#
# It ships with --dry-run ON: it only logs what it would do. Read the log, then remove
# --dry-run from OPTIONS below. Adjust SOURCE and TARGET to your layout first; for hardlinks they
# must be on one filesystem (see docs/unraid-and-nas.md).
#
# jellyplex itself: the self-contained bundle (no Java needed), unpacked as docs/unraid-and-nas.md
# shows, on a disk or pool that survives a reboot (not the flash drive, not the RAM root):
#   mkdir -p /mnt/user/appdata/jellyplex
#   tar -xzf jellyplex-VERSION-linux-x86_64.tar.gz -C /mnt/user/appdata/jellyplex --strip-components=1
# or set JELLYPLEX to another launcher (a checkout's ./jellyplex, a bundle elsewhere).
set -euo pipefail

SOURCE="/mnt/disk1/media/Movies"            # the library you maintain (Plex or Jellyfin naming)
TARGET="/mnt/disk1/media/Movies-Jellyfin"   # the mirror jellyplex maintains; keep nothing else here
OPTIONS=(--dry-run --create --delete --max-delete 50)
LOG="${JELLYPLEX_LOG:-/var/log/jellyplex-sync.log}"
JELLYPLEX="${JELLYPLEX:-/mnt/user/appdata/jellyplex/bin/jellyplex}"

{
  echo "=== $(date -Is) jellyplex sync ${OPTIONS[*]} $SOURCE $TARGET"
  status=0
  if [ ! -x "$JELLYPLEX" ]; then
    echo "no jellyplex at $JELLYPLEX: unpack the bundle there (docs/unraid-and-nas.md) or set JELLYPLEX"
    status=2
  else
    "$JELLYPLEX" sync "${OPTIONS[@]}" "$SOURCE" "$TARGET" || status=$?
  fi
  echo "=== exit code $status"
} >>"$LOG" 2>&1
exit "${status:-0}"
