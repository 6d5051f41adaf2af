# Sourced, not run: the one recipe for jellyplex's ahead-of-time cache (JDK 24 and later), shared by
# the ./jellyplex launcher (on first use) and jellyplex-bundle/src/bundle/build-bundle.sh (at build
# time). Each checks the cache its own way (in place, or with the bundle unpacked elsewhere) before
# it keeps it.

# record_aot_cache JAVA JAR WORK CACHE [JVM OPTION...]
#
# Records an ahead-of-time cache of JAR's sync into CACHE, working in the empty folder WORK: a
# 40-movie library is generated and mirrored, four of the mirror's movie folders are removed, and
# a sync that skips most files and links the rest is recorded (-XX:AOTMode=record, then create),
# through the fast sync parse, so that the cache holds what a sync loads and not the rest (`demo`
# goes through picocli, whose Java 5 classes a cache leaves out, and made a larger, slower one).
# The JVM options go to every run. Returns non-zero, with nothing in CACHE to trust, when the JDK
# has no such cache (JDK 17 to 23) or a step failed. The exit code of a training run does not
# matter, only that the JVM wrote what it saw.
record_aot_cache() {
  local java=$1 jar=$2 work=$3 cache=$4 n=0 d
  shift 4
  "$java" -XX:AOTMode=off -version >/dev/null 2>&1 || return 1
  "$java" "$@" -jar "$jar" generate --movies 40 --seed train "$work/lib" >/dev/null 2>&1 || return 1
  "$java" "$@" -jar "$jar" sync "$work/lib" "$work/mirror" --create >/dev/null 2>&1 || true
  for d in "$work/mirror"/*/; do
    rm -rf -- "$d"
    n=$((n + 1))
    if [ "$n" -ge 4 ]; then break; fi
  done
  "$java" "$@" -XX:AOTMode=record "-XX:AOTConfiguration=$work/aot.conf" \
    -jar "$jar" sync "$work/lib" "$work/mirror" >/dev/null 2>&1 || true
  [ -s "$work/aot.conf" ] || return 1
  "$java" "$@" -XX:AOTMode=create "-XX:AOTConfiguration=$work/aot.conf" "-XX:AOTCache=$cache" \
    -cp "$jar" >/dev/null 2>&1
}
