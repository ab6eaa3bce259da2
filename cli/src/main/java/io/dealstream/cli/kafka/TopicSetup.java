package io.dealstream.cli.kafka;

import io.dealstream.cli.UserError;
import io.dealstream.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates dealstream's topics, idempotently: topics that exist are left as they are (a warning
 * when their partition count differs from the one asked for).
 */
public final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    /** A topic to create: its name, partition count and topic-level configuration. */
    public record TopicSpec(String name, int partitions, Map<String, String> configs) {
    }

    private TopicSetup() {
    }

    /**
     * The topics of {@link Topics}. {@code deal-updates} is compacted: it holds the latest state of
     * every deal, keyed by deal id. The others are event streams and keep the broker's retention.
     */
    public static List<TopicSpec> specs(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        return List.of(
                new TopicSpec(Topics.ARTICLES.name(), partitions, Map.of()),
                new TopicSpec(Topics.ARTICLES_DLQ.name(), partitions, Map.of()),
                new TopicSpec(Topics.DEAL_MENTIONS.name(), partitions, Map.of()),
                new TopicSpec(Topics.DEAL_UPDATES.name(), partitions, compacted),
                new TopicSpec(Topics.VALUATION_UPDATES.name(), partitions, Map.of()));
    }

    /** First pause between two looks for a created topic in the broker's metadata; it doubles up to {@link #MAX_PAUSE_MS}. */
    private static final long FIRST_PAUSE_MS = 20;
    private static final long MAX_PAUSE_MS = 500;

    /**
     * Creates every topic of {@link #specs(int)} that does not exist yet, with the cluster's
     * default replication factor; returns the names it created, once the broker serves them (a
     * created topic reaches the broker's metadata a moment after the controller accepts it, and a
     * describe or produce in that moment fails with "unknown topic").
     */
    public static List<String> createAll(Admin admin, int partitions, long timeoutMs)
            throws InterruptedException, TimeoutException {
        List<String> created = new ArrayList<>();
        List<NewTopic> requests = specs(partitions).stream()
                .map(spec -> new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.empty()).configs(spec.configs()))
                .toList();
        var results = admin.createTopics(requests).values();
        for (var entry : results.entrySet()) {
            try {
                entry.getValue().get(timeoutMs, TimeUnit.MILLISECONDS);
                created.add(entry.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new UserError("cannot create topic " + entry.getKey() + ": "
                            + e.getCause().getMessage(), e.getCause());
                }
            }
        }
        awaitServed(admin, created, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs));
        warnOnPartitionMismatch(admin, partitions, created, timeoutMs);
        return created;
    }

    /** Waits, with growing pauses, until the broker describes every topic of {@code topics}. */
    private static void awaitServed(Admin admin, List<String> topics, long deadlineNanos)
            throws InterruptedException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        long pauseMs = FIRST_PAUSE_MS;
        while (true) {
            long leftMs = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
            try {
                admin.describeTopics(topics).allTopicNames().get(Math.max(1, leftMs), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new UserError("created topics " + topics + " but cannot describe them: "
                            + e.getCause().getMessage(), e.getCause());
                }
            }
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMs) > deadlineNanos) {
                throw new TimeoutException("created topics " + topics + ", but the broker did not serve them within "
                        + "the timeout; check the broker's log");
            }
            Thread.sleep(pauseMs);
            pauseMs = Math.min(MAX_PAUSE_MS, pauseMs * 2);
        }
    }

    private static void warnOnPartitionMismatch(Admin admin, int partitions, List<String> created, long timeoutMs)
            throws InterruptedException, TimeoutException {
        List<String> existing = specs(partitions).stream().map(TopicSpec::name).filter(n -> !created.contains(n)).toList();
        if (existing.isEmpty()) {
            return;
        }
        try {
            Map<String, TopicDescription> descriptions =
                    admin.describeTopics(existing).allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS);
            for (TopicDescription d : descriptions.values()) {
                if (d.partitions().size() != partitions) {
                    LOG.warn("topic {} exists with {} partitions, not the {} asked for; it is used as it is",
                            d.name(), d.partitions().size(), partitions);
                }
            }
        } catch (ExecutionException e) {
            LOG.warn("cannot describe existing topics: {}", e.getCause().getMessage());
        }
    }
}
