package io.dealstream.cli;

import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.model.DealUpdate;
import io.dealstream.model.Json;
import io.dealstream.model.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a topic ({@code deal-updates}, {@code articles-dlq}) without a consumer group (every
 * partition assigned, nothing committed) and hands each committed record to a printer. Positioned
 * at the end by default, so that it shows what happens from now on; {@code fromBeginning} replays
 * what the topic holds.
 */
public final class TopicTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicTail.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<ConsumerRecord<String, byte[]>> printer;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * Assigns every partition and resolves the start positions before returning, so that an
     * update produced after this constructor returns is never missed.
     */
    public TopicTail(KafkaConnection kafka, String topic, boolean fromBeginning,
                     Consumer<ConsumerRecord<String, byte[]>> printer) {
        this.printer = printer;
        this.consumer = new KafkaConsumer<>(kafka.consumer(), new StringDeserializer(), new ByteArrayDeserializer());
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
            if (infos == null || infos.isEmpty()) {
                throw new UserError("the topic " + topic + " does not exist at "
                        + kafka.bootstrapServers() + " - `./dealstream local` creates it, and so do"
                        + " `dealstream extractor` and `dealstream aggregator`");
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position); // resolve the lazy seek now
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
        this.thread = new Thread(this::run, "dealstream-tail-" + topic);
        this.thread.setDaemon(true);
    }

    public TopicTail start() {
        thread.start();
        return this;
    }

    /** Prints a readable one-liner per deal update, or the update's JSON when {@code json}. */
    public static Consumer<ConsumerRecord<String, byte[]>> dealUpdatePrinter(PrintStream out, boolean json) {
        return record -> {
            if (record.value() == null) {
                out.println(json ? "{\"dealId\":" + Json.write(record.key()) + ",\"deleted\":true}"
                        : "deleted  deal " + record.key());
            } else if (json) {
                out.println(new String(record.value(), StandardCharsets.UTF_8));
            } else {
                try {
                    DealUpdate update = Topics.DEAL_UPDATES.valueSerde().deserializer().deserialize(record.topic(), record.value());
                    out.println(DealUpdateFormat.oneLine(update));
                } catch (RuntimeException e) {
                    out.println("?        deal " + record.key() + " (unreadable update: " + e.getMessage() + ")");
                }
            }
            out.flush();
        };
    }

    /**
     * Prints one line per rejected article: its key, the reason from the header and the start of
     * its bytes, or that as one line of JSON when {@code json}.
     */
    public static Consumer<ConsumerRecord<String, byte[]>> rejectionPrinter(PrintStream out, boolean json) {
        return record -> {
            Header reason = record.headers().lastHeader(Topics.DLQ_REASON_HEADER);
            String why = reason == null ? "no reason given" : new String(reason.value(), StandardCharsets.UTF_8);
            String text = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
            if (json) {
                out.println(Json.write(Map.of(
                        "key", String.valueOf(record.key()), "reason", why,
                        "bytes", record.value() == null ? 0 : record.value().length)));
            } else {
                // control characters of binary input must not reach the terminal
                String start = text.replaceAll("\\s+", " ").replaceAll("[\\p{Cntrl}\uFFFD]", "?").strip();
                out.printf("rejected article %s: %s | %s%n", record.key(), why,
                        start.length() > 60 ? start.substring(0, 60) + "..." : start);
            }
            out.flush();
        };
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    printer.accept(record);
                }
            }
        } catch (WakeupException e) {
            // close() woke the poll up
        } catch (RuntimeException e) {
            if (running) {
                LOG.warn("stopped reading {}: {}", thread.getName().substring("dealstream-tail-".length()), e.toString());
            }
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            if (thread.isAlive()) {
                thread.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
