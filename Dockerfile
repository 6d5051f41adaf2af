# A small image for the jellyplex command line.
# Build the jar first (./mvnw -DskipTests package), then: docker build -t jellyplex .
# Not built by this project's CI: no Docker engine runs on its build machines.
FROM eclipse-temurin:17-jre-alpine
COPY jellyplex-cli/target/jellyplex.jar /opt/jellyplex/jellyplex.jar
# File names are bytes on Linux; decode them as UTF-8 whatever the container's locale.
ENV LANG=C.UTF-8 LC_ALL=C.UTF-8
# The launcher's JVM options (see ./jellyplex and docs/performance.md): C1 only and the serial
# collector for a short-lived tool, a small young generation (the default one is sized from the
# host's RAM and doubled the peak RSS of a large sync), and JVM warnings on stderr, never inside a
# --json document on stdout.
ENTRYPOINT ["java", "-Dsun.jnu.encoding=UTF-8", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss2m", "-XX:NewSize=16m", "-XX:MaxNewSize=64m", "-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", "/opt/jellyplex/jellyplex.jar"]
CMD ["--help"]
