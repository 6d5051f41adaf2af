#!/bin/sh
# Entry point of the Docker image: runs jellyplex as the user PUID and group PGID (default 1000,
# the image's "jellyplex" user), so the files and folders it creates belong to the owner of your
# media (Unraid: PUID=99 PGID=100, nobody:users). Started with --user UID:GID instead, it runs as
# that user and PUID/PGID are ignored. PUID=0 runs as root: only if you mean it.
set -eu
jellyplex=/opt/jellyplex/bin/jellyplex
if [ "$(id -u)" != 0 ]; then
  exec "$jellyplex" "$@"
fi
uid="${PUID:-1000}"
gid="${PGID:-1000}"
case "$uid$gid" in
  '' | *[!0-9]*)
    echo "jellyplex: PUID and PGID must be numbers (got PUID=$uid PGID=$gid)" >&2
    exit 2
    ;;
esac
if [ "$uid" = 0 ]; then
  exec "$jellyplex" "$@"
fi
# setpriv (util-linux) drops root for good: user, group, no supplementary groups, no way back.
exec setpriv --reuid="$uid" --regid="$gid" --clear-groups --no-new-privs -- "$jellyplex" "$@"
