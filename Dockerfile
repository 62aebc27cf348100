# syntax=docker/dockerfile:1
# One image recipe for every Spring Boot module of the suite:
#   docker build --build-arg MODULE=swap-order-service --build-arg PORT=8084 --build-arg MANAGEMENT_PORT=9084 \
#     -t northstar/swap-order-service .
#   docker build --build-arg MODULE=dev/weichuang-simulator --build-arg PORT=8090 -t northstar/weichuang-simulator .
# The build stage compiles every deployable module at once from source (self-contained: no jar has to be built on
# the host first), with the console built before it in a Node stage. Its instructions do not depend on MODULE, so building the eleven images compiles the suite once:
# every image after the first takes this layer from the build cache and only picks its own jar.

# The admin console (console/), which the gateway's jar serves: npm with Node 20, its API types generated from
# openapi/. The lockfile's packages are installed in a layer of their own, reused while the lockfile is unchanged.
FROM node:20-trixie-slim AS console
WORKDIR /src/console
COPY console/package.json console/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY openapi /src/openapi
COPY console ./
RUN npm run build

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
COPY --from=console /src/console/dist console/dist
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -Dmaven.test.skip=true -Dconsole.npm.skip=true -am package -pl \
    config-server,gateway,auth-server,asset-service,member-service,deposit-service,swap-order-service,\
partner-adapter-service,parking-service,stored-value-service,dev/weichuang-simulator

FROM build AS module
ARG MODULE
RUN test -n "${MODULE}" \
 && cp "${MODULE}/target/$(basename "${MODULE}")-0.1.0-SNAPSHOT.jar" /app.jar \
 && mkdir /layers \
 && java -Djarmode=tools -jar /app.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:21-jre
ARG PORT=8080
# /actuator (probes, Prometheus); the simulator has none of its own and passes its PORT.
ARG MANAGEMENT_PORT=9080
# curl serves the compose health checks on the actuator readiness group. /var/lib/northstar is where an app keeps
# files (compose mounts a volume there on a read-only root filesystem): a new volume takes the owner of the directory
# it is mounted on, so it is the app user's.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app \
 && install -d -o app -g app /var/lib/northstar
WORKDIR /app
# Least to most often changed, so a code change rebuilds only the last layer.
COPY --from=module /layers/dependencies/ ./
COPY --from=module /layers/spring-boot-loader/ ./
COPY --from=module /layers/snapshot-dependencies/ ./
COPY --from=module /layers/application/ ./
USER 10001:10001
# The JVM inside a container limit (compose mem_limit, Kubernetes limits.memory):
# - heap at most 65 % of the limit: metaspace, the code cache, GC structures, thread stacks and Netty's direct
#   buffers (gateway) live beside it, and with 75 % a 512-768 MiB limit leaves them too little: the kernel kills
#   the container before the JVM collects or fails with an OutOfMemoryError it can report;
# - G1, named rather than left to ergonomics, which pick Serial below 2 CPUs or 1792 MB and G1 above, so the same
#   image would collect differently in dev (1 CPU) and prod (2 CPUs). G1 keeps request pauses short at these
#   heap sizes (400-700 MB) on 1 or 2 CPUs; Serial's smaller footprint is not worth its full-heap pauses here.
ENV SERVER_PORT=${PORT} \
    MANAGEMENT_PORT=${MANAGEMENT_PORT} \
    JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxRAMPercentage=65.0 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
EXPOSE ${PORT} ${MANAGEMENT_PORT}
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
