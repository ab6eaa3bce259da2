package io.dealstream.cli.feed;

import io.dealstream.cli.UserError;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.model.Topics;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts articles on the {@code articles} topic, the one code path behind {@code dealstream feed},
 * the samples of {@code dealstream local} and the end-to-end test.
 */
public final class ArticleFeeder implements AutoCloseable {

    /** What a feed did: records acknowledged by the broker, and those that failed, with why. */
    public record Result(long sent, long failed, List<String> failures) {
    }

    /** Receives progress: bytes read so far of a known total ({@code -1} when unknown), records sent. */
    public interface Progress {
        void update(long bytesRead, long totalBytes, long records);

        Progress NONE = (bytesRead, totalBytes, records) -> { };
    }

    private static final int MAX_FAILURES_KEPT = 20;

    private final Producer<String, byte[]> producer;
    private final String bootstrapServers;

    public ArticleFeeder(KafkaConnection connection) {
        this.bootstrapServers = connection.bootstrapServers();
        try {
            this.producer = new KafkaProducer<>(connection.producer(), new StringSerializer(), new ByteArraySerializer());
        } catch (KafkaException e) {
            throw new UserError("cannot create a Kafka producer for " + bootstrapServers + ": " + rootMessage(e)
                    + " (check --bootstrap-servers and the --kafka-config file)", e);
        }
    }

    /**
     * Feeds files and directories ({@code -} is standard input); waits until all are acknowledged.
     * {@code progressForTotalBytes} gets the input's size ({@code -1} when unknown) and returns where to report progress.
     */
    public Result feed(List<String> inputs, InputStream stdin, LongFunction<Progress> progressForTotalBytes) {
        List<Path> files = new ArrayList<>();
        boolean readsStdin = false;
        for (String input : inputs) {
            if (input.equals("-")) {
                readsStdin = true;
            } else {
                files.addAll(ArticleSource.files(Path.of(input)));
            }
        }
        long totalBytes = readsStdin ? -1 : files.stream().mapToLong(ArticleFeeder::sizeOf).sum();
        Sender sender = new Sender(progressForTotalBytes.apply(totalBytes), totalBytes);
        for (String input : inputs) {
            if (input.equals("-")) {
                ArticleSource.readStdin(stdin, sender, sender::read);
            }
        }
        for (Path file : files) {
            ArticleSource.read(file, sender, sender::read);
        }
        return sender.finish();
    }

    /** Feeds the given records (already split into articles); waits until all are acknowledged. */
    public Result feedRecords(List<ArticleSource.ArticleRecord> records) {
        Sender sender = new Sender(Progress.NONE, -1);
        records.forEach(sender);
        return sender.finish();
    }

    @Override
    public void close() {
        producer.close();
    }

    private final class Sender implements Consumer<ArticleSource.ArticleRecord> {
        private final Progress progress;
        private final long totalBytes;
        private final AtomicLong acked = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private long bytesRead;
        private long records;

        Sender(Progress progress, long totalBytes) {
            this.progress = progress;
            this.totalBytes = totalBytes;
        }

        void read(long bytes) {
            bytesRead += bytes;
            progress.update(bytesRead, totalBytes, records);
        }

        @Override
        public void accept(ArticleSource.ArticleRecord record) {
            records++;
            ProducerRecord<String, byte[]> out = new ProducerRecord<>(Topics.ARTICLES.name(), record.key(), record.value());
            try {
                producer.send(out, (metadata, error) -> {
                    if (error == null) {
                        acked.incrementAndGet();
                    } else {
                        fail(record, error);
                    }
                });
            } catch (KafkaException e) {
                fail(record, e);
            }
        }

        private void fail(ArticleSource.ArticleRecord record, Exception error) {
            failed.incrementAndGet();
            if (failures.size() < MAX_FAILURES_KEPT) {
                String why = error instanceof RecordTooLargeException
                        ? "article is " + record.value().length + " bytes, larger than the broker accepts"
                        : rootMessage(error);
                failures.add(record.origin() + " (key " + record.key() + "): " + why);
            }
        }

        Result finish() {
            producer.flush();
            progress.update(Math.max(bytesRead, totalBytes), totalBytes, records);
            return new Result(acked.get(), failed.get(), List.copyOf(failures));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
