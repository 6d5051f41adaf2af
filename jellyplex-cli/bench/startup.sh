#!/usr/bin/env bash
# Start-up benchmark (not a test): wall time of `jellyplex sync` on a generated 20-movie Plex
# library, through the launcher, best and median of N runs. Usage: jellyplex-cli/bench/startup.sh [N]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 20); do
  m="Movie $i ($((1960 + i))) {imdb-tt$((1000000 + i))}"
  mkdir -p "$work/plex/$m"
  : > "$work/plex/$m/$m.mkv"
  : > "$work/plex/$m/$m.en.srt"
done
"$repo/jellyplex" sync --create "$work/plex" "$work/warm" >/dev/null   # builds the jar, CDS archive

measure() { # label, command...
  local label="$1"; shift
  local times=()
  for i in $(seq 1 "$n"); do
    rm -rf "$work/target"
    local s e
    s=$(date +%s%N)
    "$@" sync --create "$work/plex" "$work/target" >/dev/null
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  local sorted
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-44s best %4d ms   median %4d ms\n' "$label" "${sorted[0]}" "${sorted[$((n / 2))]}"
}
measure "launcher (CDS archive, C1, SerialGC)" "$repo/jellyplex"
JELLYPLEX_CDS=0 measure "launcher without CDS archive" "$repo/jellyplex"
measure "java -jar (JVM defaults)" java -jar "$repo/jellyplex-cli/target/jellyplex.jar"
