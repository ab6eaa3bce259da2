package io.dealstream.cli.kafka;

import io.dealstream.cli.UserError;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Where the Kafka cluster is and how to talk to it: bootstrap servers plus client settings from
 * a user's file (SASL/SSL and the like), which every client this CLI creates receives unchanged.
 */
public record KafkaConnection(String bootstrapServers, Properties clientOverrides) {

    public KafkaConnection {
        clientOverrides = clientOverrides == null ? new Properties() : clientOverrides;
    }

    public Properties admin() {
        Properties p = base();
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return p;
    }

    /** An idempotent producer that waits for all in-sync replicas. */
    public Properties producer() {
        Properties p = base();
        p.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        p.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "10");
        return p;
    }

    /**
     * A consumer without a group (partitions are assigned by hand) that reads only committed
     * records: the Streams apps write transactionally, and aborted records must never be shown.
     */
    public Properties consumer() {
        Properties p = base();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return p;
    }

    /** Fails with a message saying what to do when no broker answers at {@link #bootstrapServers()}. */
    public void requireReachable(Duration timeout) {
        Properties p = admin();
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(timeout.toMillis()));
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(timeout.toMillis()));
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new UserError(unreachableMessage(bootstrapServers), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while connecting to " + bootstrapServers, e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new UserError("cannot connect to Kafka at " + bootstrapServers + ": " + e.getMessage()
                    + " (check --bootstrap-servers and the --kafka-config file)", e);
        }
    }

    /** Fails with a message saying what to do when the broker is unreachable or lacks {@code topic}. */
    public void requireTopic(String topic, Duration timeout) {
        requireReachable(timeout);
        try (Admin admin = Admin.create(admin())) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new UserError("the topic " + topic + " does not exist at " + bootstrapServers
                        + " - `./dealstream local` creates dealstream's topics, and so do `dealstream extractor`"
                        + " and `dealstream aggregator`", e);
            }
            throw new UserError("cannot describe the topic " + topic + " at " + bootstrapServers + ": "
                    + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new UserError(unreachableMessage(bootstrapServers), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while connecting to " + bootstrapServers, e);
        }
    }

    public static String unreachableMessage(String bootstrapServers) {
        return "no Kafka broker answers at " + bootstrapServers
                + " - start `./dealstream local` or pass --bootstrap-servers HOST:PORT";
    }

    private Properties base() {
        Properties p = new Properties();
        p.putAll(clientOverrides);
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return p;
    }
}
