#!/usr/bin/env bash
# Start-up benchmark (not a test): wall and CPU time of `jellyplex sync --create` of a generated
# 20-movie Plex library (`jellyplex generate`'s default: seed demo, 67 files), best and median of
# N runs. Usage: jellyplex-cli/bench/startup.sh [N]
# CPU time (user+sys) is reported too because it depends less on what else the machine is doing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The demo generator (builds the jar and the CDS archive on first use).
"$repo/jellyplex" generate --format plex --movies 20 --seed demo "$work/plex" >/dev/null
"$repo/jellyplex" sync --create "$work/plex" "$work/warm" >/dev/null

measure() { # label, command...
  local label="$1"; shift
  local walls=() cpus=()
  for i in $(seq 1 "$n"); do
    rm -rf "$work/target"
    /usr/bin/time -o "$work/time" -f "%e %U %S" "$@" sync --create "$work/plex" "$work/target" >/dev/null
    read -r wall user sys < "$work/time"
    walls+=("$(awk "BEGIN {print int($wall * 1000)}")")
    cpus+=("$(awk "BEGIN {print int(($user + $sys) * 1000)}")")
  done
  local w c
  w=($(printf '%s\n' "${walls[@]}" | sort -n))
  c=($(printf '%s\n' "${cpus[@]}" | sort -n))
  printf '%-46s wall best %4d median %4d ms   cpu best %4d median %4d ms\n' \
    "$label" "${w[0]}" "${w[$((n / 2))]}" "${c[0]}" "${c[$((n / 2))]}"
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)   java: $(java -version 2>&1 | head -1)"
measure "launcher (CDS archive, C1, serial GC)" "$repo/jellyplex"
JELLYPLEX_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote" \
  measure "launcher + bytecode verification off" "$repo/jellyplex"
JELLYPLEX_CDS=0 measure "launcher without CDS archive" "$repo/jellyplex"
measure "java -jar (JVM defaults)" java -jar "$repo/jellyplex-cli/target/jellyplex.jar"
