#!/bin/sh
# The image's tool of that name (the compose health check runs it).
exec java -Xmx96m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties \
  -Dlog4j2.level=WARN -cp '/opt/kafka/libs/*' org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
