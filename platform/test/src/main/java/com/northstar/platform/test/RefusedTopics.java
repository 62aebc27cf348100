package com.northstar.platform.test;

import java.util.Map;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.server.policy.CreateTopicPolicy;

/**
 * The shared broker's topic policy: it refuses to create any topic whose name starts with {@link #PREFIX}, as a
 * production broker without auto-creation refuses a topic nobody created. Tests use such a topic for a producer
 * that never gets its metadata; every other topic is created as usual.
 */
public class RefusedTopics implements CreateTopicPolicy {

    public static final String PREFIX = "refused.";

    @Override
    public void validate(RequestMetadata request) {
        if (request.topic().startsWith(PREFIX)) {
            throw new PolicyViolationException("topics named " + PREFIX + "* are refused by the test broker");
        }
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }

    @Override
    public void close() {
    }
}
