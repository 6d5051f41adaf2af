#!/usr/bin/env bash
# Builds the self-contained jellyplex bundle: jellyplex-VERSION-linux-x86_64.tar.gz, holding a
# Java runtime made by jlink with only the modules the program uses, the shaded jar, a start-up
# archive made here from training runs (an ahead-of-time cache when the runtime is JDK 24 or
# later, else a class-data-sharing archive), the JVM options file and the
# bin/jellyplex and bin/jellyplex-sync launchers. No Java is needed where it is unpacked.
#
#   build-bundle.sh --jar JAR --version VERSION --out DIR [--jdk JDK_HOME] [--options FILE]
#
# --jdk: the JDK whose jlink links the runtime (default: JAVA_HOME, else the java on PATH); the
# bundle runs that JDK's Java version. --options: the JVM options file (default: jvm.options at
# the top of the checkout). Run through Maven: ./mvnw -Pbundle -DskipTests -pl jellyplex-bundle -am
# package (see README.md). The bundle's integration test (BundleIT) runs this script too.
#
# Exit codes: 0 built; 1 failed; 2 usage; 3 this JDK or machine cannot make a bundle (the reason is
# printed: a JDK without jmods/ whose jlink cannot link from its run-time image, or not Linux
# x86_64).
set -euo pipefail

die() { echo "build-bundle: $*" >&2; exit 1; }
cannot() { echo "build-bundle: cannot build a bundle here: $*" >&2; exit 3; }
log() { echo "build-bundle: $*" >&2; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="" version="" out="" jdk="${JAVA_HOME:-}" options="$here/../../../jvm.options"
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar=${2:?--jar needs a path}; shift 2 ;;
    --version) version=${2:?--version needs a version}; shift 2 ;;
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    --jdk) jdk=${2:?--jdk needs a JDK folder}; shift 2 ;;
    --options) options=${2:?--options needs a file}; shift 2 ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
[ -n "$jar" ] && [ -n "$version" ] && [ -n "$out" ] || { sed -n '7p' "$0" | sed 's/^# */usage: /' >&2; exit 2; }
[ -f "$jar" ] || die "no jar at $jar: build it first (./mvnw -DskipTests -pl jellyplex-cli -am package)"
[ -f "$options" ] || die "no JVM options file at $options"
if [ -z "$jdk" ]; then
  javabin="$(command -v java)" || cannot "no JDK: set JAVA_HOME or pass --jdk"
  jdk="$(dirname "$(dirname "$(readlink -f "$javabin")")")"
fi

# ---- can this JDK link a runtime for this machine? ----
[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] \
  || cannot "the bundle is for Linux x86_64 and this is $(uname -s) $(uname -m)"
[ -x "$jdk/bin/jlink" ] && [ -x "$jdk/bin/jdeps" ] \
  || cannot "$jdk has no jlink/jdeps (a JRE, not a JDK?): pass a JDK with --jdk or JAVA_HOME"
modulepath=()
if [ -f "$jdk/jmods/java.base.jmod" ]; then
  modulepath=(--module-path "$jdk/jmods")
  linkfrom="$jdk/jmods"
elif "$jdk/bin/jlink" --help 2>/dev/null | grep -q 'Linking from run-time image enabled'; then
  linkfrom="the run-time image of $jdk"
else
  cannot "$jdk has no jmods/ folder and its jlink cannot link from the run-time image; install the JDK's jmods (Debian, Ubuntu: apt-get install openjdk-17-jmods) or use a JDK that can (Temurin 24 or newer)"
fi

# ---- the modules: what jdeps finds in the jar, less Jackson's optional ones ----
# jackson-databind declares java.desktop (java.beans annotations), java.sql (date types) and
# java.xml (DOM types) "requires static": it uses them only when present, and jellyplex needs none
# of them; with java.desktop and java.sql the packed runtime grew by 9.5 MB (JDK 17) to 12 MB
# (JDK 25). Any other module jdeps finds is linked. TLS for java.net.http (HTTPS notifications)
# needs jdk.crypto.ec on JDK 17, a service provider jdeps cannot see.
# jdeps and jlink are Java programs too: C1 only and the serial collector halve their CPU time.
quick=(-J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC)
found="$("$jdk/bin/jdeps" "${quick[@]}" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")" \
  || die "jdeps failed on $jar"
modules=""
for m in ${found//,/ }; do
  case "$m" in java.desktop | java.sql | java.xml) ;; *) modules="$modules,$m" ;; esac
done
modules="${modules#,}"
case ",$modules," in
  *,java.net.http,*)
    if "$jdk/bin/java" --list-modules 2>/dev/null | grep -q '^jdk\.crypto\.ec@'; then
      modules="$modules,jdk.crypto.ec"
    fi ;;
esac
log "jdeps: $found; linking: $modules (from $linkfrom)"

# ---- the bundle's tree ----
name="jellyplex-$version"
work="$out/bundle-work"
stage="$work/$name"
rm -rf -- "$work"
mkdir -p "$stage/bin" "$stage/lib"
"$jdk/bin/jlink" "${quick[@]}" "${modulepath[@]}" --add-modules "$modules" --strip-debug --no-header-files \
  --no-man-pages --output "$stage/runtime" >&2 || die "jlink failed"
cp -p "$jar" "$stage/lib/jellyplex.jar"
cp "$options" "$stage/lib/jvm.options"
cp "$here/bin/jellyplex" "$here/bin/jellyplex-sync" "$stage/bin/"
chmod 755 "$stage/bin/jellyplex" "$stage/bin/jellyplex-sync"
cp "$here/README.txt" "$stage/README.txt"
if [ -f "$here/../../../LICENSE" ]; then cp "$here/../../../LICENSE" "$stage/LICENSE"; fi

# ---- the class-data-sharing archive ----
# As the ./jellyplex launcher does on first use, but here, once: a training run of `demo` records
# the classes a sync loads; -Xshare:dump writes them, JDK and jellyplex classes alike, into a
# static archive. The archive records the jar's path; JDKs that cannot use it once the bundle is
# unpacked elsewhere (JDK 17 cannot) get an archive of the JDK's classes only.
java="$stage/runtime/bin/java"
train="$work/training"
mkdir -p "$train"
LC_ALL=C.UTF-8 "$java" "@$stage/lib/jvm.options" "-XX:DumpLoadedClassList=$train/classes" \
  -jar "$stage/lib/jellyplex.jar" demo --dir "$train/demo" >"$train/demo.log" 2>&1 \
  || die "the training run failed: $(tail -n 5 "$train/demo.log")"
# JDK 24+ also records "@cp" lines (constants to resolve ahead of time); resolving them links
# picocli's classes, which are compiled for Java 5 and so are left out of the archive once linked
# (-Xlog:cds: "Old class has been linked"), with every class that extends them: 152 classes were
# then read from the jar in a 20-movie sync instead of 20. The dump goes without those lines.
grep -v '^@cp ' "$train/classes" >"$train/classes.dump" || true
jsa="$stage/lib/jellyplex.jsa"
"$java" -Xshare:dump "-XX:SharedClassListFile=$train/classes.dump" "-XX:SharedArchiveFile=$jsa" \
  -Xlog:disable -cp "$stage/lib/jellyplex.jar" >"$train/dump.log" 2>&1 \
  || die "the archive dump failed: $(tail -n 5 "$train/dump.log")"
# Does the archive still map with the jar elsewhere? (-Xshare:on fails when it does not.)
moved="$work/moved"
mkdir -p "$moved"
cp -p "$stage/lib/jellyplex.jar" "$jsa" "$moved/"
if "$java" -Xshare:on "-XX:SharedArchiveFile=$moved/jellyplex.jsa" -Xlog:disable \
    -jar "$moved/jellyplex.jar" --version >/dev/null 2>&1; then
  cds="JDK and jellyplex classes"
else
  rm -f -- "$jsa"
  "$java" -Xshare:dump "-XX:SharedClassListFile=$train/classes.dump" "-XX:SharedArchiveFile=$jsa" \
    -Xlog:disable >"$train/dump.log" 2>&1 \
    || die "the archive dump failed: $(tail -n 5 "$train/dump.log")"
  cds="JDK classes only (this JDK ties an archive's jellyplex classes to the jar's path)"
fi
chmod 644 "$jsa"

# ---- an ahead-of-time cache, where the runtime has them (JDK 24 and later) ----
# Recorded on a sync as the ./jellyplex launcher records its own (scripts/aot-cache.sh); kept only
# when a strict run (-XX:AOTMode=on) of the unpacked-elsewhere copy accepts it, and then in place
# of the class-data-sharing archive, which the launcher would no longer read.
aot="$stage/lib/jellyplex.aot"
mkdir -p "$train/aot"
# shellcheck source=../../../scripts/aot-cache.sh
. "$here/../../../scripts/aot-cache.sh"
if LC_ALL=C.UTF-8 record_aot_cache "$java" "$stage/lib/jellyplex.jar" "$train/aot" "$aot" \
      "@$stage/lib/jvm.options" \
    && cp -p "$aot" "$moved/" \
    && LC_ALL=C.UTF-8 "$java" "@$stage/lib/jvm.options" -Xlog:aot*=off:stderr -XX:AOTMode=on \
      "-XX:AOTCache=$moved/jellyplex.aot" -jar "$moved/jellyplex.jar" --version >/dev/null 2>&1; then
  chmod 644 "$aot"
  rm -f -- "$jsa"
  cds="an ahead-of-time cache (JDK and jellyplex classes, linked, with profiles)"
else
  rm -f -- "$aot" "$moved/jellyplex.aot"
  log "no ahead-of-time cache (before JDK 24, or the runtime refused it): the class-data-sharing archive stays"
fi
rm -rf -- "$train" "$moved"

# ---- pack ----
# Modification times are kept: the archive checks the jar's.
tarball="$out/$name-linux-x86_64.tar.gz"
tar -C "$work" --owner=0 --group=0 --numeric-owner --sort=name -czf "$tarball.tmp" "$name"
mv -f -- "$tarball.tmp" "$tarball"
log "start-up archive: $cds"
log "$tarball: $(du -k "$tarball" | cut -f1) KiB packed, $(du -sk "$stage" | cut -f1) KiB unpacked; Java $("$java" -version 2>&1 | sed -n '1s/.*"\(.*\)".*/\1/p')"
echo "$tarball"
