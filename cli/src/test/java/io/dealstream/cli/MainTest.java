package io.dealstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.aggregator.AggregatorService;
import io.dealstream.model.AppIds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line itself: every command documents itself; user errors are one line, not a stack trace. */
class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "feed", "tail", "query", "extract", "extractor", "aggregator"})
    void everyCommandHasHelp(String command) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute(command, "--help"));
        assertTrue(out.toString().startsWith("Usage: dealstream " + command), out.toString());
    }

    @Test
    void theTopLevelHelpListsTheCommands() {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--help"));
        for (String command : new String[] {"local", "feed", "tail", "query", "extract"}) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from " + out);
        }
    }

    @Test
    void feedingWithoutABrokerSaysWhatToDo(@TempDir Path dir) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String error = stderrOf(() -> assertEquals(Main.EXIT_USER_ERROR,
                Main.execute("feed", dir.toString(), "--bootstrap-servers", "localhost:" + closedPort)));
        assertTrue(error.contains("no Kafka broker answers at localhost:" + closedPort
                + " - start `./dealstream local` or pass --bootstrap-servers"), error);
        assertFalse(error.contains("\tat "), "no stack trace: " + error);
    }

    @Test
    void aMissingKafkaConfigFileIsNamed() {
        String error = stderrOf(() -> assertEquals(Main.EXIT_USER_ERROR,
                Main.execute("tail", "--kafka-config", "/no/such/client.properties")));
        assertTrue(error.contains("the --kafka-config file /no/such/client.properties does not exist"), error);
    }

    @Test
    void extractNeedsAnExistingInput(@TempDir Path dir) {
        String error = stderrOf(() -> assertEquals(Main.EXIT_USER_ERROR,
                Main.execute("extract", "--in", dir.resolve("missing.jsonl").toString(), "--out", dir.resolve("o.jsonl").toString())));
        assertTrue(error.contains("no such file: " + dir.resolve("missing.jsonl")), error);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        String error = stderrOf(() -> assertEquals(2, Main.execute("local", "--no-such-option")));
        assertTrue(error.contains("Unknown option: '--no-such-option'"), error);
    }

    @Test
    void aBadAliasFileIsAUserErrorNamingTheFileAndLine(@TempDir Path dir) throws Exception {
        Path aliases = dir.resolve("aliases.txt");
        Files.writeString(aliases, "AWS = Amazon Web Services\nAWS = Something Else\n");
        Properties props = LocalPipeline.streamsProperties(AppIds.AGGREGATOR, "localhost:1", dir.resolve("state"),
                new Properties());
        props.put("dealstream.aliases.file", aliases.toString());
        try (AggregatorService app = new AggregatorService(props, "localhost", 0)) {
            UserError error = assertThrows(UserError.class, () -> LocalPipeline.startWithSettings("aggregator", app::start));
            assertEquals(error.getMessage(), Main.userMessage(error), "reported as the user's to fix, exit code 1");
            assertTrue(error.getMessage().contains(aliases + ", line 2"), error.getMessage());
        }
    }

    private static String stderrOf(Runnable run) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
