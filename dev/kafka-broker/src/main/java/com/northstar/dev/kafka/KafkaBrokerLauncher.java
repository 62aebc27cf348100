package com.northstar.dev.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Runs one combined KRaft broker and controller on localhost:9092 for local runs of the suite until the process is
 * stopped. Topics are created on first use. The broker keeps nothing between runs: services replay from their
 * outboxes, so each start formats a fresh log directory under {@code ./data/kafka}.
 *
 * <p>It drives Kafka's test kit directly rather than spring-kafka's {@code EmbeddedKafkaKraftBroker}, which wraps
 * the same kit but ignores fixed ports ({@code kafkaPorts}) and always puts its logs under the system temp folder.
 */
public final class KafkaBrokerLauncher {

    private KafkaBrokerLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("kafka.port", 9092);
        Path dataDir = Path.of(System.getProperty("kafka.data-dir", "data/kafka"));
        KafkaClusterTestKit broker = start(port, dataDir);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Kafka broker stopping");
            try {
                broker.close();
            } catch (Exception e) {
                System.err.println("Kafka broker did not stop cleanly: " + e);
            }
            stopped.countDown();
        }, "kafka-broker-shutdown"));

        System.out.println("Kafka broker ready on localhost:" + port + " (logs under " + dataDir + ")");
        stopped.await();
    }

    /** Starts a broker that clients reach on {@code localhost:port}; returns once it accepts them. */
    static KafkaClusterTestKit start(int port, Path dataDir) throws Exception {
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);

        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(dataDir.toAbsolutePath())
                .build();
        KafkaClusterTestKit broker = new KafkaClusterTestKit.Builder(nodes)
                // The kit binds its own EXTERNAL and CONTROLLER listeners to free ports before the broker starts;
                // clients reach the broker through a third listener on the fixed port.
                .setConfigProp("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,SUITE://localhost:" + port)
                .setConfigProp("listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,SUITE:PLAINTEXT")
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("num.partitions", "3")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        broker.format();
        broker.startup();
        broker.waitForReadyBrokers();
        return broker;
    }

    /** Leaves no directory of a previous run, which would refuse to be formatted again. */
    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
