package com.northstar.platform.test;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One embedded KRaft broker for every test of a module that asks for it, started on first use and stopped once
 * the whole test plan has finished (after every cached Spring context is done with it). Modules whose tests never
 * ask start no broker. Topics are created on first use, except those {@link RefusedTopics} names.
 */
public final class SharedKafkaBroker implements TestExecutionListener {

    private static EmbeddedKafkaKraftBroker broker;

    /** Starts the broker if needed; returns its bootstrap servers. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
            started.brokerProperty("auto.create.topics.enable", "true");
            started.brokerProperty("offsets.topic.replication.factor", "1");
            // One partition for consumer offsets and no join delay: consumer groups form in a second, not 30.
            started.brokerProperty("offsets.topic.num.partitions", "1");
            started.brokerProperty("group.initial.rebalance.delay.ms", "0");
            started.brokerProperty("create.topic.policy.class.name", RefusedTopics.class.getName());
            started.afterPropertiesSet();
            broker = started;
        }
        return broker.getBrokersAsString();
    }

    public static synchronized EmbeddedKafkaKraftBroker broker() {
        bootstrapServers();
        return broker;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        synchronized (SharedKafkaBroker.class) {
            if (broker != null) {
                broker.destroy();
                broker = null;
            }
        }
    }
}
