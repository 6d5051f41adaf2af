#!/usr/bin/env bash
# Benchmarks jellyplex on generated demo libraries (issue #7) and prints a Markdown table.
#
#   bench/run.sh [--runs N] [--movies N] [--large] [--file-size BYTES] [--work DIR] [--keep]
#                [--jar PATH]   (default: jellyplex-cli/target/jellyplex.jar, built when missing)
#                [--plain-java] (run `java -jar` instead of the ./jellyplex launcher)
#                [--launcher PATH] (another launcher script, e.g. an older one, for a before/after)
#
# Cases, each the median of N runs (default 5):
#   - "cp -al" of the source library: the floor for any hardlink mirror;
#   - "cp -a" of the source library: what a plain copy costs (the yardstick for --copy);
#   - "find" over the source and the mirror: the floor for listing both trees;
#   - "jellyplex sync --create" into an empty target (fresh) and again (no-op), with hardlinks
#     and with --copy, once the CLI has a sync subcommand (otherwise the cells say n/a);
# for a 20-movie library, a 5,000-movie one (the reference shape: ~19,260 files, ~7,002 folders)
# and, with --large, a 50,000-movie one. Libraries come from the demo generator
# (dev.jellyplex.engine.demo.DemoMain, seed "demo"), in Plex naming, synced to Jellyfin naming.
#
# jellyplex runs through the ./jellyplex launcher (its JVM options and class-data-sharing archive,
# made by one untimed run first), as users run it; --plain-java times `java -jar` instead.
# Times are wall-clock seconds, CPU seconds (user + system) and peak RSS (GNU time's %e, %U + %S and
# %M) of one process per run; without GNU time (or with JELLYPLEX_BENCH_TIMER=bash) the CPU and RSS
# columns say n/a. With --file-size > 0, copy rows also give MB/s (bytes copied / median wall time). Nothing in the table is estimated: every number was measured by
# this run of the script on this machine, and the header says which machine.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR="$ROOT/jellyplex-cli/target/jellyplex.jar"

RUNS=5
MOVIES=5000
LARGE=0
FILE_SIZE=0
WORK=""
KEEP=0
PLAIN=0
LAUNCHER="$ROOT/jellyplex"

usage() {
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
    --movies) MOVIES=${2:?--movies needs a number}; shift 2 ;;
    --large) LARGE=1; shift ;;
    --file-size) FILE_SIZE=${2:?--file-size needs a number of bytes}; shift 2 ;;
    --work) WORK=${2:?--work needs a directory}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --plain-java) PLAIN=1; shift ;;
    --launcher) LAUNCHER=$(cd "$(dirname "${2:?--launcher needs a path}")" && pwd)/$(basename "$2"); shift 2 ;;
    --jar) JAR=$(cd "$(dirname "${2:?--jar needs a path}")" && pwd)/$(basename "$2"); shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done
case "$RUNS$MOVIES$FILE_SIZE" in
  *[!0-9]*) echo "--runs, --movies and --file-size take whole numbers" >&2; exit 2 ;;
esac
[ "$RUNS" -ge 1 ] || { echo "--runs must be at least 1" >&2; exit 2; }

log() { echo "bench: $*" >&2; }

# ---- tools ----

if [ ! -f "$JAR" ] && [ "$JAR" = "$ROOT/jellyplex-cli/target/jellyplex.jar" ]; then
  log "building $JAR"
  ./mvnw -q -DskipTests clean package -pl jellyplex-cli -am
fi
if ! java -cp "$JAR" dev.jellyplex.engine.demo.DemoMain --help >/dev/null 2>&1; then
  echo "bench: $JAR has no demo generator (dev.jellyplex.engine.demo.DemoMain); rebuild it" >&2
  exit 1
fi

GNU_TIME=""
if [ "${JELLYPLEX_BENCH_TIMER:-}" = bash ]; then
  :  # forced fallback, to test it
elif /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
  GNU_TIME=/usr/bin/time
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  log "installing GNU time"
  if { apt-get install -y -qq time || { apt-get update -qq && apt-get install -y -qq time; }; } \
      >/dev/null 2>&1 && /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
    GNU_TIME=/usr/bin/time
  fi
fi
[ -n "$GNU_TIME" ] || log "GNU time not available: timing with bash, RSS not measured"

# How jellyplex is started: the launcher (JVM options, CDS archive next to the jar) or plain java.
if [ "$PLAIN" = 1 ]; then
  JP=(java -jar "$JAR")
else
  JP=(env "JELLYPLEX_JAR=$JAR" "$LAUNCHER")
  "${JP[@]}" --version >/dev/null 2>&1 || true # makes the CDS archive once, untimed
fi

# Whether the CLI has a sync subcommand yet.
HAVE_SYNC=0
if "${JP[@]}" sync --help >/dev/null 2>&1; then
  HAVE_SYNC=1
else
  log "the CLI has no working 'sync' subcommand yet: its rows say n/a"
fi

# ---- work area (source and targets on one filesystem, so hardlinks work) ----

if [ -z "$WORK" ]; then
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/jellyplex-bench.XXXXXX")
else
  mkdir -p "$WORK"
  if [ -n "$(ls -A "$WORK")" ]; then
    echo "bench: work directory $WORK is not empty" >&2
    exit 2
  fi
fi
cleanup() {
  if [ "$KEEP" = 1 ]; then log "kept $WORK"; else rm -rf -- "$WORK"; fi
}
trap cleanup EXIT

# ---- measuring ----

# measure PREPARE CMD...: runs PREPARE (untimed, a shell snippet, may be ":") then CMD, RUNS
# times. Sets MEASURED to "median min max rss_median_mib exit cpu_median" where exit is the first
# non-zero exit code seen (0 when every run succeeded).
measure() {
  local prepare=$1
  shift
  local times=() rss=() cpus=() exit_code=0 i out status
  out="$WORK/.time"
  for ((i = 0; i < RUNS; i++)); do
    eval "$prepare"
    status=0
    if [ -n "$GNU_TIME" ]; then
      "$GNU_TIME" -f '%e %M %U %S' -o "$out" "$@" >"$WORK/.stdout" 2>"$WORK/.stderr" || status=$?
      # GNU time writes "Command exited with non-zero status N" before the numbers.
      read -r t m u s < <(tail -n 1 "$out")
      times+=("$t")
      rss+=("$m")
      cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')")
    else
      local TIMEFORMAT=%R
      { time "$@" >"$WORK/.stdout" 2>"$WORK/.stderr" || status=$?; } 2>"$out"
      times+=("$(tail -n 1 "$out")")
    fi
    if [ "$status" != 0 ] && [ "$exit_code" = 0 ]; then
      exit_code=$status
      log "exit $status from: $* ($(head -c 300 "$WORK/.stderr" | tr '\n' ' '))"
    fi
  done
  local sorted median rss_median="n/a" cpu_median="n/a"
  sorted=$(printf '%s\n' "${times[@]}" | sort -g)
  median=$(printf '%s\n' "$sorted" | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  if [ "${#rss[@]}" -gt 0 ]; then
    rss_median=$(printf '%s\n' "${rss[@]}" | sort -g | awk '{ v[NR] = $1 } END {
      printf "%.0f\n", v[int((NR + 1) / 2)] / 1024 }')
    cpu_median=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ v[NR] = $1 } END {
      if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  fi
  MEASURED="$median $(printf '%s\n' "$sorted" | head -n 1) $(printf '%s\n' "$sorted" | tail -n 1) $rss_median $exit_code $cpu_median"
}

ROWS=()

# row CASE MOVIES FILES [BYTES]: appends a table row from MEASURED; BYTES copied gives MB/s.
row() {
  local median min max rss code cpu note=""
  read -r median min max rss code cpu <<<"$MEASURED"
  [ "$code" = 0 ] || note="exit $code"
  if [ "${4:-0}" -gt 0 ]; then
    note="${note:+$note; }$(awk -v b="$4" -v t="$median" 'BEGIN {
      if (t > 0) printf "%.0f MB/s", b / 1e6 / t; else print "n/a MB/s" }')"
  fi
  ROWS+=("| $1 | $2 | $3 | $median | $min | $max | $cpu | $rss | $RUNS | $note |")
}

# na CASE MOVIES FILES REASON: a row for a case that could not run.
na() {
  ROWS+=("| $1 | $2 | $3 | n/a | n/a | n/a | n/a | n/a | 0 | $4 |")
}

# bench_library MOVIES: generates a Plex library of MOVIES movies and runs every case on it.
bench_library() {
  local movies=$1
  local src="$WORK/plex-$movies" dst="$WORK/jellyfin-$movies" line files bytes
  line=$(java -cp "$JAR" dev.jellyplex.engine.demo.DemoMain --format plex --movies "$movies" \
    --seed demo --file-size "$FILE_SIZE" --out "$src")
  files=$(sed -n 's/.* files=\([0-9]*\) .*/\1/p' <<<"$line")
  bytes=$(sed -n 's/.* bytes=\([0-9]*\) .*/\1/p' <<<"$line")
  log "generated: $line"

  measure "rm -rf -- '$dst'" cp -a "$src" "$dst"
  row "cp -a (copy)" "$movies" "$files" "${bytes:-0}"

  measure "rm -rf -- '$dst'" cp -al "$src" "$dst"
  row "cp -al (floor)" "$movies" "$files"

  # $dst now holds the last cp -al copy: list both trees.
  measure ":" find "$src" "$dst"
  row "find source + mirror" "$movies" "$files"

  if [ "$HAVE_SYNC" = 1 ]; then
    measure "rm -rf -- '$dst'" "${JP[@]}" sync --create "$src" "$dst"
    row "sync --create (fresh)" "$movies" "$files"
    measure ":" "${JP[@]}" sync "$src" "$dst"
    row "sync (no-op)" "$movies" "$files"
    measure "rm -rf -- '$dst'" "${JP[@]}" sync --copy --create "$src" "$dst"
    row "sync --copy --create (fresh)" "$movies" "$files" "${bytes:-0}"
    measure ":" "${JP[@]}" sync --copy "$src" "$dst"
    row "sync --copy (no-op)" "$movies" "$files"
  else
    local c
    for c in "sync --create (fresh)" "sync (no-op)" "sync --copy --create (fresh)" \
      "sync --copy (no-op)"; do
      na "$c" "$movies" "$files" "CLI has no sync yet"
    done
  fi
  rm -rf -- "$src" "$dst"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
SIZES=(20 "$MOVIES")
[ "$LARGE" = 0 ] || SIZES+=(50000)
for movies in "${SIZES[@]}"; do
  log "library of $movies movies"
  bench_library "$movies"
done

# ---- report ----

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
fs=$(df -PT "$WORK" 2>/dev/null | awk 'NR == 2 { print $2 }')
echo "## jellyplex benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "- machine: ${cpu:-unknown CPU}, $(nproc) cores, $(free -h 2>/dev/null | awk '/^Mem:/ { print $2 }') RAM; $(uname -sr); work dir on ${fs:-unknown}"
echo "- load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
if [ "$PLAIN" = 1 ]; then
  echo "- started as: java -jar (no launcher)"
else
  echo "- started as: launcher $LAUNCHER (its JVM options, class-data-sharing archive present)"
fi
echo "- java: $(java -version 2>&1 | head -n 1)"
echo "- jar: $JAR ($(java -jar "$JAR" --version 2>/dev/null | head -n 1 || true))"
echo "- libraries: demo generator, Plex naming, seed \"demo\", video size $FILE_SIZE bytes; target: Jellyfin naming"
echo "- each row: $RUNS runs; wall-clock seconds; CPU = median user + system seconds; RSS = median peak resident set size (MiB)"
echo
echo "| case | movies | files | median s | min s | max s | CPU s | RSS MiB | runs | note |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${ROWS[@]}"
