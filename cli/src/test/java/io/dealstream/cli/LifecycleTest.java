package io.dealstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void closesPartsInReverseOrderOfStartOnceAndEvenWhenOneFails() {
        List<String> closed = new ArrayList<>();
        Lifecycle lifecycle = new Lifecycle();
        lifecycle.add("broker", () -> closed.add("broker"));
        lifecycle.add("aggregator", () -> {
            closed.add("aggregator");
            throw new IllegalStateException("boom");
        });
        lifecycle.add("extractor", () -> closed.add("extractor"));
        lifecycle.close();
        lifecycle.close();
        assertEquals(List.of("extractor", "aggregator", "broker"), closed);
    }

    @Test
    void aPartStartedAfterStopIsClosedAtOnce() {
        List<String> closed = new ArrayList<>();
        Lifecycle lifecycle = new Lifecycle();
        lifecycle.close();
        assertThrows(UserError.class, () -> lifecycle.add("late", () -> closed.add("late")));
        assertEquals(List.of("late"), closed);
    }

    @Test
    void aStopRequestCarriesItsReason() throws InterruptedException {
        try (Lifecycle lifecycle = new Lifecycle()) {
            lifecycle.requestStop("the extractor stopped");
            assertEquals("the extractor stopped", lifecycle.awaitStopRequest());
        }
    }
}
