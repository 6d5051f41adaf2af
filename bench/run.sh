#!/usr/bin/env bash
# Benchmarks jellyplex on generated demo libraries (issue #7) and prints a Markdown table.
#
#   bench/run.sh [--runs N] [--movies N] [--large] [--file-size BYTES] [--work DIR] [--keep]
#                [--jar PATH]   (default: jellyplex-cli/target/jellyplex.jar, built when missing)
#                [--plain-java] (run `java -jar` instead of the ./jellyplex launcher)
#                [--launcher PATH] (another launcher script for the jar under test)
#                [--baseline DIR] (another checkout, e.g. an older commit: measured in the same run)
#                [--bundle DIR] (an unpacked bundle, DIR/bin/jellyplex: measured like a baseline)
#                [--sizes N,N,...] (library sizes in movies; default 20 and --movies, plus 50000 with --large)
#
# Cases, each the median of N runs (default 5):
#   - "cp -al" of the source library: the floor for any hardlink mirror;
#   - "cp -a" of the source library: what a plain copy costs (the yardstick for --copy);
#   - "find" over the source and the mirror: the floor for listing both trees;
#   - "jellyplex sync --create" into an empty target (fresh) and again (no-op), with hardlinks
#     and with --copy; and, once, "jellyplex --version" (start-up alone);
# and, after the table, each size's fresh sync against cp -al and no-op against find, with issue
# 17's goals where it set one (and by how much each is met or missed);
# for a 20-movie library, a 5,000-movie one (the reference shape: ~19,260 files, ~7,002 folders)
# and, with --large, a 50,000-movie one. Libraries come from the demo generator
# (`jellyplex generate`, seed "demo"), in Plex naming, synced to Jellyfin naming.
#
# jellyplex runs through the ./jellyplex launcher (its JVM options and class-data-sharing archive,
# made by one untimed run first), as users run it; --plain-java times `java -jar` instead.
# With --baseline DIR, DIR's own launcher and jar (DIR/jellyplex-cli/target/jellyplex.jar, built
# when missing) are measured too, each run of the baseline right after the same run of the build
# under test, so that both see the same machine: on a shared machine only such rows compare.
# Fresh targets: every timed run that writes a new tree (cp -a, cp -al, a fresh sync) writes it
# under a folder name never used before, and no tree is deleted before every timed run is done
# (the work folder is removed at the end). On ext4, a mkdir right after an rm -rf of a large tree
# was about ten times slower for minutes, which distorted earlier fresh figures of jellyplex and
# cp -al alike. So the work folder grows: at 5,000 movies and 5 runs, about 30 trees of 26,000
# entries; with --large, check `df -i` first.
# Times are wall-clock seconds, CPU seconds (user + system) and peak RSS (GNU time's %e, %U + %S and
# %M) of one process per run; without GNU time (or with JELLYPLEX_BENCH_TIMER=bash) the CPU and RSS
# columns say n/a. With --file-size > 0, copy rows also give MB/s (bytes copied / median wall
# time). Nothing in the table is estimated: every number was measured by this run of the script on
# this machine, and the header says which machine.
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
BASELINE=""
BUNDLE=""
SIZES_ARG=""

usage() {
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
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
    --sizes) SIZES_ARG=${2:?--sizes needs a list of movie counts}; shift 2 ;;
    --baseline) BASELINE=$(cd "${2:?--baseline needs a checkout}" && pwd); shift 2 ;;
    --bundle) BUNDLE=$(cd "${2:?--bundle needs an unpacked bundle}" && pwd); shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done
case "$RUNS$MOVIES$FILE_SIZE${SIZES_ARG//,/}" in
  *[!0-9]*) echo "--runs, --movies and --file-size take whole numbers" >&2; exit 2 ;;
esac
[ "$RUNS" -ge 1 ] || { echo "--runs must be at least 1" >&2; exit 2; }
if [ -n "$BASELINE" ] && [ -n "$BUNDLE" ]; then
  echo "--baseline and --bundle: one or the other" >&2; exit 2
fi
if [ -n "$BUNDLE" ] && [ ! -x "$BUNDLE/bin/jellyplex" ]; then
  echo "--bundle: no $BUNDLE/bin/jellyplex (give the folder the bundle unpacked into)" >&2; exit 2
fi

log() { echo "bench: $*" >&2; }

# ---- tools ----

if [ ! -f "$JAR" ] && [ "$JAR" = "$ROOT/jellyplex-cli/target/jellyplex.jar" ]; then
  log "building $JAR"
  ./mvnw -q -DskipTests clean package -pl jellyplex-cli -am
fi
if ! java -jar "$JAR" generate --help >/dev/null 2>&1; then
  echo "bench: $JAR has no demo generator (the generate command); rebuild it" >&2
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

# How jellyplex is started: the launcher (JVM options, start-up archive next to the jar) or plain java.
# JP is the build under test; BASE, with --baseline, the other checkout (its own launcher).
if [ "$PLAIN" = 1 ]; then
  JP=(java -jar "$JAR")
else
  JP=(env "JELLYPLEX_JAR=$JAR" "$LAUNCHER")
  "${JP[@]}" --version >/dev/null 2>&1 || true # makes the start-up archive once, untimed
fi
BASE=()
BASE_NAME=""
if [ -n "$BASELINE" ]; then
  base_jar="$BASELINE/jellyplex-cli/target/jellyplex.jar"
  if [ ! -f "$base_jar" ]; then
    log "building $base_jar"
    (cd "$BASELINE" && ./mvnw -q -DskipTests clean package -pl jellyplex-cli -am)
  fi
  if [ "$PLAIN" = 1 ]; then
    BASE=(java -jar "$base_jar")
  else
    BASE=(env "JELLYPLEX_JAR=$base_jar" "$BASELINE/jellyplex")
    "${BASE[@]}" --version >/dev/null 2>&1 || true
  fi
  BASE_NAME="baseline $(git -C "$BASELINE" rev-parse --short HEAD 2>/dev/null || echo "$BASELINE")"
elif [ -n "$BUNDLE" ]; then
  # The bundle is compared with the launcher the same way: run by run, in turn.
  BASE=("$BUNDLE/bin/jellyplex")
  BASE_NAME="bundle, Java $("$BUNDLE/runtime/bin/java" -version 2>&1 | sed -n '1s/.*"\(.*\)".*/\1/p')"
fi
if ! "${JP[@]}" sync --help >/dev/null 2>&1; then
  echo "bench: '${JP[*]} sync --help' fails; is $JAR a jellyplex build?" >&2
  exit 1
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

# Fresh targets, never reused and never deleted before the end (see the top of this file).
mkdir -p "$WORK/fresh"
SEQ=0
FRESH=""
# with_fresh ARGS...: sets CMD to ARGS with every @FRESH@ replaced by a new folder name, FRESH.
with_fresh() {
  SEQ=$((SEQ + 1))
  FRESH="$WORK/fresh/$SEQ"
  CMD=("${@//@FRESH@/$FRESH}")
}

# time_once OUT CMD...: runs CMD once (stdout and stderr to files), appends "wall rss cpu" to OUT;
# returns CMD's exit status.
time_once() {
  local out=$1 status=0 t m u s
  shift
  if [ -n "$GNU_TIME" ]; then
    "$GNU_TIME" -f '%e %M %U %S' -o "$WORK/.time" "$@" >"$WORK/.stdout" 2>"$WORK/.stderr" || status=$?
    # GNU time writes "Command exited with non-zero status N" before the numbers.
    read -r t m u s < <(tail -n 1 "$WORK/.time")
    echo "$t $m $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')" >>"$out"
  else
    local TIMEFORMAT=%R
    { time "$@" >"$WORK/.stdout" 2>"$WORK/.stderr" || status=$?; } 2>"$WORK/.time"
    echo "$(tail -n 1 "$WORK/.time") n/a n/a" >>"$out"
  fi
  if [ "$status" != 0 ]; then
    log "exit $status from: $* ($(head -c 300 "$WORK/.stderr" | tr '\n' ' '))"
  fi
  return "$status"
}

# summary FILE: "median min max rss_median_mib cpu_median" of the runs in FILE.
summary() {
  local median min max rss cpu
  median=$(awk '{ print $1 }' "$1" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  min=$(awk '{ print $1 }' "$1" | sort -g | head -n 1)
  max=$(awk '{ print $1 }' "$1" | sort -g | tail -n 1)
  if grep -q 'n/a' "$1"; then
    rss=n/a
    cpu=n/a
  else
    rss=$(awk '{ print $2 }' "$1" | sort -g | awk '{ v[NR] = $1 } END {
      printf "%.0f\n", v[int((NR + 1) / 2)] / 1024 }')
    cpu=$(awk '{ print $3 }' "$1" | sort -g | awk '{ v[NR] = $1 } END {
      if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  fi
  echo "$median $min $max $rss $cpu"
}

# measure PREPARE CMD...: runs PREPARE (untimed, a shell snippet, may be ":") then CMD, RUNS
# times; an argument @FRESH@ becomes a new folder name each time (FRESH holds the last one). Sets MEASURED to "median min max rss_median_mib exit cpu_median" where exit is the first
# non-zero exit code seen (0 when every run succeeded).
measure() {
  local prepare=$1 exit_code=0 i status
  shift
  : >"$WORK/.runs"
  for ((i = 0; i < RUNS; i++)); do
    eval "$prepare"
    status=0
    with_fresh "$@"
    time_once "$WORK/.runs" "${CMD[@]}" || status=$?
    [ "$status" = 0 ] || [ "$exit_code" != 0 ] || exit_code=$status
  done
  local median min max rss cpu
  read -r median min max rss cpu < <(summary "$WORK/.runs")
  MEASURED="$median $min $max $rss $exit_code $cpu"
}

# measure_jp PREPARE ARGS...: like measure for "jellyplex ARGS", and with --baseline for the
# baseline too, one run of each in turn (PREPARE before every run). Sets MEASURED and
# MEASURED_BASE.
measure_jp() {
  local prepare=$1 exit_code=0 exit_base=0 i status
  shift
  : >"$WORK/.runs"
  : >"$WORK/.runs-base"
  for ((i = 0; i < RUNS; i++)); do
    eval "$prepare"
    status=0
    with_fresh "${JP[@]}" "$@"
    time_once "$WORK/.runs" "${CMD[@]}" || status=$?
    [ "$status" = 0 ] || [ "$exit_code" != 0 ] || exit_code=$status
    if [ "${#BASE[@]}" -gt 0 ]; then
      eval "$prepare"
      status=0
      with_fresh "${BASE[@]}" "$@"
      time_once "$WORK/.runs-base" "${CMD[@]}" || status=$?
      [ "$status" = 0 ] || [ "$exit_base" != 0 ] || exit_base=$status
    fi
  done
  local median min max rss cpu
  read -r median min max rss cpu < <(summary "$WORK/.runs")
  MEASURED="$median $min $max $rss $exit_code $cpu"
  MEASURED_BASE=""
  if [ "${#BASE[@]}" -gt 0 ]; then
    read -r median min max rss cpu < <(summary "$WORK/.runs-base")
    MEASURED_BASE="$median $min $max $rss $exit_base $cpu"
  fi
}

ROWS=()
# Per library size: the medians of the floors and of this build's hardlink runs (for the goals).
declare -A FLOOR_LINK=() FLOOR_FIND=() FRESH_RUN=() NOOP_RUN=()

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

# jp_rows CASE MOVIES FILES [BYTES]: the row of MEASURED and, with --baseline, of MEASURED_BASE.
jp_rows() {
  row "$@"
  if [ -n "${MEASURED_BASE:-}" ]; then
    MEASURED=$MEASURED_BASE
    row "$1 ($BASE_NAME)" "${@:2}"
  fi
}

# bench_library MOVIES: generates a Plex library of MOVIES movies and runs every case on it.
bench_library() {
  local movies=$1
  local src="$WORK/plex-$movies" line files bytes
  line=$(java -jar "$JAR" generate --json --format plex --movies "$movies" --seed demo \
    --file-size "$FILE_SIZE" "$src" | tr -d ' \n')
  files=$(sed -n 's/.*"files":\([0-9]*\).*/\1/p' <<<"$line")
  bytes=$(sed -n 's/.*"bytes":\([0-9]*\).*/\1/p' <<<"$line")
  log "generated: $movies movies, $files files, $bytes bytes in $src"

  measure ":" cp -a "$src" @FRESH@
  row "cp -a (copy)" "$movies" "$files" "${bytes:-0}"

  measure ":" cp -al "$src" @FRESH@
  row "cp -al (floor)" "$movies" "$files"
  FLOOR_LINK[$movies]=${MEASURED%% *}

  # $FRESH is the last cp -al copy: list both trees.
  local dst=$FRESH
  measure ":" find "$src" "$dst"
  row "find source + mirror" "$movies" "$files"
  FLOOR_FIND[$movies]=${MEASURED%% *}

  measure_jp ":" sync --create "$src" @FRESH@
  FRESH_RUN[$movies]=$MEASURED
  jp_rows "sync --create (fresh)" "$movies" "$files"
  dst=$FRESH
  measure_jp ":" sync "$src" "$dst"
  NOOP_RUN[$movies]=$MEASURED
  jp_rows "sync (no-op)" "$movies" "$files"
  measure_jp ":" sync --copy --create "$src" @FRESH@
  jp_rows "sync --copy --create (fresh)" "$movies" "$files" "${bytes:-0}"
  dst=$FRESH
  measure_jp ":" sync --copy "$src" "$dst"
  jp_rows "sync --copy (no-op)" "$movies" "$files"
  # Nothing is deleted here: the next library's fresh runs must not follow a large rm -rf.
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
if [ -n "$SIZES_ARG" ]; then
  IFS=, read -r -a SIZES <<<"$SIZES_ARG"
else
  SIZES=(20 "$MOVIES")
  [ "$LARGE" = 0 ] || SIZES+=(50000)
fi
log "start-up alone"
measure_jp ":" --version
jp_rows "jellyplex --version (start-up)" 0 0
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
  echo "- started as: launcher $LAUNCHER (its JVM options and start-up archive: an AOT cache on JDK 24+, else class-data sharing)"
fi
if [ -n "$BASELINE" ]; then
  echo "- $BASE_NAME: $BASELINE, its own launcher and jar, each run right after the same run of this build"
fi
if [ -n "$BUNDLE" ]; then
  echo "- $BASE_NAME: $BUNDLE/bin/jellyplex, each run right after the same run of this build"
fi
echo "- java (of the launcher): $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)"
echo "- jar: $JAR ($(java -jar "$JAR" --version 2>/dev/null | head -n 1 || true))"
echo "- libraries: demo generator, Plex naming, seed \"demo\", video size $FILE_SIZE bytes; target: Jellyfin naming"
echo "- each row: $RUNS runs; wall-clock seconds; CPU = median user + system seconds; RSS = median peak resident set size (MiB)"
echo
echo "| case | movies | files | median s | min s | max s | CPU s | RSS MiB | runs | note |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${ROWS[@]}"

# Against the floors, with issue 17's goals where it set one (5,000 and 50,000 movies): a fresh
# mirror within cp -al's time, a no-op within 2x (5,000) or 1.15x (50,000) a find of both trees,
# and at 50,000 movies a peak RSS of at most 150 MiB.
echo
echo "### This build against the floors (issue 17's goals)"
echo
echo "| movies | fresh / cp -al | goal | no-op / find | goal | peak RSS MiB, fresh and no-op | goal |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
# ratio A B: A / B to two decimals, or n/a.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
# verdict VALUE LIMIT: "≤ LIMIT: met" or "≤ LIMIT: missed by N %" (VALUE and LIMIT numbers).
verdict() {
  awk -v v="${1%x}" -v l="$2" -v u="$3" 'BEGIN {
    if (v == "n/a" || v == "") { print "n/a"; exit }
    if (v + 0 <= l + 0) printf "<= %s%s: met\n", l, u
    else printf "<= %s%s: missed by %.0f %%\n", l, u, (v / l - 1) * 100 }'
}
for movies in "${SIZES[@]}"; do
  [ -n "${NOOP_RUN[$movies]:-}" ] || continue
  read -r fresh _ _ fresh_rss _ _ <<<"${FRESH_RUN[$movies]}"
  read -r noop _ _ noop_rss _ _ <<<"${NOOP_RUN[$movies]}"
  link=$(ratio "$fresh" "${FLOOR_LINK[$movies]}")
  walk=$(ratio "$noop" "${FLOOR_FIND[$movies]}")
  link_goal="-" walk_goal="-" rss_goal="-"
  if [ "$movies" -ge 5000 ]; then link_goal=$(verdict "$link" 1.0 x); fi
  if [ "$movies" -ge 50000 ]; then
    walk_goal=$(verdict "$walk" 1.15 x)
    peak=$fresh_rss
    if [ "$noop_rss" != n/a ] && [ "$fresh_rss" != n/a ] && [ "$noop_rss" -gt "$fresh_rss" ]; then
      peak=$noop_rss
    fi
    rss_goal=$(verdict "$peak" 150 " MiB")
  elif [ "$movies" -ge 5000 ]; then
    walk_goal=$(verdict "$walk" 2.0 x)
  fi
  echo "| $movies | $link | $link_goal | $walk | $walk_goal | $fresh_rss, $noop_rss | $rss_goal |"
done

