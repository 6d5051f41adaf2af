# A small image for the jellyplex command line.
# Build the jar first (./mvnw -DskipTests package), then: docker build -t jellyplex .
# Not built by this project's CI: no Docker engine runs on its build machines.
FROM eclipse-temurin:17-jre-alpine
COPY jellyplex-cli/target/jellyplex.jar /opt/jellyplex/jellyplex.jar
# File names are bytes on Linux; decode them as UTF-8 whatever the container's locale.
ENV LANG=C.UTF-8 LC_ALL=C.UTF-8
ENTRYPOINT ["java", "-Dsun.jnu.encoding=UTF-8", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-jar", "/opt/jellyplex/jellyplex.jar"]
CMD ["--help"]
