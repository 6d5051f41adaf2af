#!/bin/sh
# Docker HEALTHCHECK of the image (see docs/unraid-and-nas.md): reads the status file that
# `jellyplex watch --status-file FILE` rewrites after every batch.
#   JELLYPLEX_STATUS_FILE     the file (default /config/status.json)
#   JELLYPLEX_HEALTH_MAX_AGE  seconds (default 90000, 25 h): a watch rewrites the file at least
#                             every --full-every (24 h by default); raise it with --full-every
# Healthy while the file does not exist (the first sync is still running, or the container runs
# something else than a watch). Unhealthy when the last batch failed (e.g. the source is not
# mounted) or was refused (e.g. the deletion bound), or when the file is older than the limit.
f="${JELLYPLEX_STATUS_FILE:-/config/status.json}"
max="${JELLYPLEX_HEALTH_MAX_AGE:-90000}"
if [ ! -e "$f" ]; then
  echo "no status file $f (yet)"
  exit 0
fi
if ! modified="$(stat -c %Y -- "$f")"; then
  exit 1
fi
age=$(($(date +%s) - modified))
if [ "$age" -gt "$max" ]; then
  echo "the status file $f was last written ${age} s ago (limit ${max} s): is the watch stuck?"
  exit 1
fi
outcome="$(sed -n 's/^ *"outcome" *: *"\([a-z]*\)".*/\1/p' "$f" | head -n 1)"
case "$outcome" in
  ok | problems | stopped)
    echo "last batch ${outcome}, ${age} s ago"
    exit 0
    ;;
  '')
    echo "no outcome in $f"
    exit 1
    ;;
  *)
    echo "last batch ${outcome}: $(sed -n 's/^ *"message" *: *"\(.*\)",\{0,1\}$/\1/p' "$f" | head -n 1)"
    exit 1
    ;;
esac
