# syntax=docker/dockerfile:1
# jellyplex in a container, built on the self-contained bundle (jellyplex-bundle): a Java runtime
# made by jlink, the jar and its class-data-sharing archive; no JDK in the final image.
#
#   docker build -t jellyplex .          (from a fresh clone; needs BuildKit, Docker 23+)
#   (the bundle is linux/amd64 only: on an arm64 machine add --platform linux/amd64)
#   docker run --rm -e PUID=99 -e PGID=100 -v /mnt/disk1/media:/media jellyplex \
#       sync --dry-run /media/Movies /media/Movies-Jellyfin
#
# Volumes: hardlinks only work inside one filesystem, and two bind mounts are two filesystems to
# the kernel's link call even when they sit on one disk. Mount ONE host folder that holds both
# libraries (above: /mnt/disk1/media, holding Movies and Movies-Jellyfin) and pass paths inside it.
# With --copy, separate mounts are fine. See docs/unraid-and-nas.md.
#
# User: the entry point runs jellyplex as PUID:PGID (default 1000:1000, the user "jellyplex"),
# dropping root with setpriv before anything else runs. Set them to the owner of your media
# (-e PUID=99 -e PGID=100 on Unraid, nobody:users): a hardlink to a file that the user can neither
# write nor owns is refused where fs.protected_hardlinks=1 (most hosts), and the folders and copies
# it makes belong to that user. --user UID:GID works too (PUID/PGID are then ignored).
#
# watch: `docker run -d -e PUID=99 -e PGID=100 -v /mnt/disk1/media:/media -v /mnt/appdata/jellyplex:/config
#   jellyplex watch --delete --status-file /config/status.json /media/Movies /media/Movies-Jellyfin`
# The HEALTHCHECK reads that status file (JELLYPLEX_STATUS_FILE, default /config/status.json):
# unhealthy when the last batch failed or was refused, or when the file is older than 25 h (a watch
# rewrites it at least once per --full-every, 24 h by default); healthy while there is none yet.
# docker stop sends SIGTERM: the watch ends after the file in progress and exits 0.
#
# Not built by this project's CI: no Docker engine runs on its build machines, so this file is
# checked by reading it. The bundle it unpacks is the one BundleIT tests on every build.

# Stage 1: the bundle, built from source with Temurin 25 (its jlink links from its run-time image).
FROM eclipse-temurin:25-jdk AS bundle
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -Pbundle -DskipTests -pl jellyplex-bundle -am package

# Stage 2: a small glibc base with bash (the launcher is a bash script) and the unpacked bundle.
FROM debian:bookworm-slim
# Unpacked with tar from a bind mount: tar keeps the jar's modification time, which the
# class-data-sharing archive checks, and the tarball itself stays out of the image's layers.
RUN --mount=type=bind,from=bundle,source=/src/jellyplex-bundle/target,target=/tmp/bundle \
    mkdir -p /opt/jellyplex \
 && tar -C /opt/jellyplex --strip-components=1 --no-same-owner \
        -xzf /tmp/bundle/jellyplex-*-linux-x86_64.tar.gz \
 && ln -s /opt/jellyplex/bin/jellyplex /opt/jellyplex/bin/jellyplex-sync /usr/local/bin/ \
 && groupadd --gid 1000 jellyplex \
 && useradd --uid 1000 --gid 1000 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin jellyplex
COPY --chmod=755 scripts/docker/entrypoint.sh /usr/local/bin/jellyplex-entrypoint
COPY --chmod=755 scripts/docker/healthcheck.sh /usr/local/bin/jellyplex-healthcheck
# File names are bytes on Linux; the launcher gives the JVM a UTF-8 locale (C.UTF-8) anyway.
ENV LANG=C.UTF-8 PUID=1000 PGID=1000 JELLYPLEX_STATUS_FILE=/config/status.json
WORKDIR /media
# Started as root only to become PUID:PGID at once (scripts/docker/entrypoint.sh).
ENTRYPOINT ["/usr/local/bin/jellyplex-entrypoint"]
CMD ["--help"]
# Only a watch writes the status file; without one (a sync, a watch still in its first sync) the
# check passes (scripts/docker/healthcheck.sh).
HEALTHCHECK --interval=1m --timeout=10s --start-period=10m --retries=3 \
    CMD ["/usr/local/bin/jellyplex-healthcheck"]
