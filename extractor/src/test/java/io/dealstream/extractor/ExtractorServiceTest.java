package io.dealstream.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dealstream.model.KafkaSettings;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle without a broker; the end-to-end test on a real broker lives with the CLI. */
class ExtractorServiceTest {

    @TempDir
    Path stateDir;

    @Test
    void startsWithoutABrokerAndClosesCleanly() {
        Properties overrides = new Properties();
        overrides.put("request.timeout.ms", "2000");
        overrides.put("default.api.timeout.ms", "2000");
        Properties props = KafkaSettings.streams("extractor-service-test", "127.0.0.1:1", stateDir, overrides);
        ExtractorService service = new ExtractorService(props, DealExtractor.shared());
        assertEquals(KafkaStreams.State.CREATED, service.state());
        service.start();
        KafkaStreams.State running = service.state();
        assertEquals(true, running == KafkaStreams.State.REBALANCING || running == KafkaStreams.State.RUNNING,
                "state after start: " + running);
        service.close();
        assertEquals(KafkaStreams.State.NOT_RUNNING, service.state());
        service.close(); // idempotent
        assertThrows(IllegalStateException.class, service::start);
    }
}
