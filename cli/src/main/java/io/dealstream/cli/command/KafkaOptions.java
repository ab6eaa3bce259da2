package io.dealstream.cli.command;

import io.dealstream.cli.UserError;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.model.KafkaSettings;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Where the Kafka cluster is, for commands that talk to one. Defaults reach `dealstream local`. */
public class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:DEALSTREAM_BOOTSTRAP_SERVERS:-" + KafkaSettings.DEFAULT_BOOTSTRAP + "}",
            description = "Kafka brokers to connect to (default: ${DEFAULT-VALUE}, the broker of `dealstream local`;"
                    + " env DEALSTREAM_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            defaultValue = "${env:DEALSTREAM_KAFKA_CONFIG}",
            description = "A .properties file of Kafka client settings (security.protocol, sasl.*, ssl.*, ...)"
                    + " passed to every Kafka client (env DEALSTREAM_KAFKA_CONFIG).")
    Path kafkaConfig;

    public KafkaConnection connection() {
        return new KafkaConnection(bootstrapServers, clientOverrides(kafkaConfig));
    }

    /** The settings of a --kafka-config file; empty without one. */
    static Properties clientOverrides(Path file) {
        if (file == null) {
            return new Properties();
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("the --kafka-config file " + file + " does not exist");
        }
        try {
            return KafkaSettings.load(file);
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
