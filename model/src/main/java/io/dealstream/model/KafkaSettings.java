package io.dealstream.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Client settings shared by every dealstream process. Keys are Kafka's own configuration names,
 * written as strings so this contract module needs no Streams dependency.
 */
public final class KafkaSettings {

    public static final String DEFAULT_BOOTSTRAP = "localhost:9092";

    private KafkaSettings() {
    }

    /**
     * Properties of a Kafka Streams application: exactly-once v2, its own state directory, and
     * any client settings from {@code clientOverrides} (security, SASL/SSL) passed through as given.
     */
    public static Properties streams(String applicationId, String bootstrapServers, Path stateDir,
                                     Properties clientOverrides) {
        Properties p = new Properties();
        if (clientOverrides != null) {
            p.putAll(clientOverrides);
        }
        p.put("application.id", applicationId);
        p.put("bootstrap.servers", bootstrapServers);
        p.put("processing.guarantee", "exactly_once_v2");
        p.put("state.dir", stateDir.toString());
        p.putIfAbsent("replication.factor", "-1"); // the broker's default.replication.factor
        return p;
    }

    /** Client properties read from a {@code .properties} file (security settings and the like); empty for null. */
    public static Properties load(Path file) {
        Properties p = new Properties();
        if (file == null) {
            return p;
        }
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Kafka client settings from " + file + ": " + e.getMessage(), e);
        }
        return p;
    }
}
