# syntax=docker/dockerfile:1
# One image recipe for every Spring Boot module of the suite:
#   docker build --build-arg MODULE=swap-order-service --build-arg PORT=8084 -t northstar/swap-order-service .
#   docker build --build-arg MODULE=dev/weichuang-simulator --build-arg PORT=8090 -t northstar/weichuang-simulator .
# The build stage compiles the module from source (self-contained: no jar has to be built on the host first).

FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${MODULE}" \
 && ./mvnw -B -q -pl "${MODULE}" -am -DskipTests package \
 && cp "${MODULE}/target/$(basename "${MODULE}")-0.1.0-SNAPSHOT.jar" /app.jar \
 && mkdir /layers \
 && java -Djarmode=tools -jar /app.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:21-jre
ARG PORT=8080
# curl serves the compose health checks on the actuator readiness group.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
# Least to most often changed, so a code change rebuilds only the last layer.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
ENV SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
EXPOSE ${PORT}
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
