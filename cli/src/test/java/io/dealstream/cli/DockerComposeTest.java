package io.dealstream.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dealstream.cli.command.AggregatorCommand;
import io.dealstream.cli.command.ExtractorCommand;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kafka.docker.KafkaDockerWrapper$;
import kafka.server.KafkaConfig;
import kafka.server.KafkaConfig$;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * docker-compose.yml without a Docker engine: the broker's environment is turned into broker
 * settings by the same code the apache/kafka image runs, and Kafka validates them; the app
 * services' environment must name options their `dealstream` subcommand reads, with values that
 * parse, and point at the broker's in-network listener.
 */
class DockerComposeTest {

    private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");
    private static final Map<String, Class<?>> APP_COMMANDS = Map.of(
            "extractor", ExtractorCommand.class, "aggregator", AggregatorCommand.class);

    private static Path root;
    private static JsonNode services;

    @BeforeAll
    static void parse() throws Exception {
        root = repositoryRoot();
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("docker-compose.yml").toFile());
        services = compose.get("services");
        assertNotNull(services, "docker-compose.yml has no services");
    }

    @Test
    void hasABrokerAndBothApps() {
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(Set.of("kafka", "extractor", "aggregator"), names);
        assertTrue(services.get("kafka").get("image").asText().matches("apache/kafka:4\\.\\d+\\.\\d+"),
                "the official Apache Kafka 4.x image: " + services.get("kafka").get("image"));
    }

    @Test
    void theBrokerEnvironmentIsAValidSingleNodeKraftConfiguration() {
        Properties broker = brokerProperties();
        Set<String> known = Set.copyOf(KafkaConfig$.MODULE$.configDef().names());
        for (String key : broker.stringPropertyNames()) {
            assertTrue(known.contains(key), "not a broker setting: " + key + " (check the KAFKA_* spelling)");
        }
        assertEquals("broker,controller", broker.getProperty("process.roles"));
        for (String rf1 : List.of("offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr", "share.coordinator.state.topic.replication.factor",
                "share.coordinator.state.topic.min.isr", "default.replication.factor")) {
            assertEquals("1", broker.getProperty(rf1), rf1 + " must be 1 on a one-node cluster");
        }
        String clusterId = env("kafka").get("CLUSTER_ID");
        assertNotNull(clusterId, "the image formats its storage with CLUSTER_ID");
        assertDoesNotThrow(() -> Uuid.fromString(clusterId), "CLUSTER_ID must be a base64 UUID");
        // Kafka's own validation: listeners, advertised listeners, controller quorum, roles agree.
        KafkaConfig config = assertDoesNotThrow(() -> KafkaConfig.fromProps(broker, false));
        assertEquals(1, config.nodeId());
    }

    @Test
    void appsReachTheBrokerOnItsInNetworkListenerAndTheHostOnItsPublishedOne() {
        Map<String, String> advertised = advertisedListeners(brokerProperties());
        String hostname = services.get("kafka").path("hostname").asText("kafka");
        List<String> inNetwork = advertised.values().stream().filter(a -> a.startsWith(hostname + ":")).toList();
        assertEquals(1, inNetwork.size(), "one listener advertised as " + hostname + ":PORT: " + advertised);
        for (String app : APP_COMMANDS.keySet()) {
            assertEquals(inNetwork.get(0), env(app).get("DEALSTREAM_BOOTSTRAP_SERVERS"), app + " bootstrap servers");
        }
        // `./dealstream feed|tail` on the host default to localhost:9092: it must be published and advertised so.
        assertTrue(publishedPorts("kafka").containsKey(9092), "port 9092 published: " + publishedPorts("kafka"));
        assertTrue(advertised.containsValue("localhost:9092"), "localhost:9092 advertised: " + advertised);
    }

    @Test
    void everyAppVariableIsAnOptionOfItsCommandAndParses() throws Exception {
        for (var app : APP_COMMANDS.entrySet()) {
            JsonNode service = services.get(app.getKey());
            assertEquals(app.getKey(), service.get("command").get(0).asText(), "the subcommand of " + app.getKey());
            Map<String, Field> options = optionsByEnvironmentVariable(app.getValue());
            List<String> args = new ArrayList<>();
            args.add(app.getKey());
            for (var variable : env(app.getKey()).entrySet()) {
                if (variable.getKey().equals("JAVA_OPTS")) {
                    continue; // read by docker/entrypoint.sh, checked below
                }
                Field option = options.get(variable.getKey());
                if (option == null) {
                    fail(app.getKey() + " sets " + variable.getKey() + ", which `dealstream " + app.getKey()
                            + "` does not read; it reads " + new TreeSet<>(options.keySet()));
                }
                Option annotation = option.getAnnotation(Option.class);
                String name = annotation.names()[0];
                if (option.getType() == boolean.class) {
                    args.add(Boolean.parseBoolean(variable.getValue()) ? name : name.replaceFirst("^--", "--no-"));
                } else {
                    args.add(name + "=" + variable.getValue());
                }
            }
            CommandLine cli = Main.commandLine();
            assertDoesNotThrow(() -> cli.parseArgs(args.toArray(String[]::new)), "options of " + app.getKey() + ": " + args);
            assertTrue(env(app.getKey()).containsKey("DEALSTREAM_BOOTSTRAP_SERVERS"));
        }
        assertTrue(Files.readString(root.resolve("docker/entrypoint.sh")).contains("${JAVA_OPTS:-}"));
    }

    @Test
    void theAggregatorsApiIsReachableFromTheHostAndFromOtherInstances() {
        Map<String, String> env = env("aggregator");
        assertEquals("0.0.0.0", env.get("DEALSTREAM_HTTP_HOST"), "bound to localhost it is unreachable from outside the container");
        int port = Integer.parseInt(env.get("DEALSTREAM_HTTP_PORT"));
        assertTrue(publishedPorts("aggregator").containsValue(port), "container port " + port + " published");
        assertEquals("aggregator:" + port, env.get("DEALSTREAM_APPLICATION_SERVER"));
    }

    @Test
    void eachAppIsBuiltFromAStageOfTheDockerfileInThisRepository() throws Exception {
        for (String app : APP_COMMANDS.keySet()) {
            JsonNode build = services.get(app).get("build");
            Path context = root.resolve(build.get("context").asText()).normalize();
            assertEquals(root, context, "built from the repository root");
            Path dockerfile = context.resolve(build.get("dockerfile").asText());
            assertTrue(Files.isRegularFile(dockerfile), dockerfile + " exists");
            String target = build.get("target").asText();
            assertTrue(Pattern.compile("(?m)^FROM \\S+ AS " + Pattern.quote(target) + "$")
                    .matcher(Files.readString(dockerfile)).find(), "stage " + target + " in " + dockerfile);
        }
        assertTrue(Files.isExecutable(root.resolve("docker/entrypoint.sh")));
    }

    /** The broker settings the apache/kafka image derives from the service's KAFKA_* variables. */
    private static Properties brokerProperties() {
        scala.collection.immutable.Map<String, String> scalaEnv =
                scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(env("kafka")));
        List<String> lines = CollectionConverters.asJava(KafkaDockerWrapper$.MODULE$.getServerConfigsFromEnv(scalaEnv));
        Properties p = new Properties();
        for (String line : lines) {
            int eq = line.indexOf('=');
            p.put(line.substring(0, eq), line.substring(eq + 1));
        }
        p.putIfAbsent("log.dirs", "/tmp/kraft-combined-logs");
        return p;
    }

    private static Map<String, String> advertisedListeners(Properties broker) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String listener : broker.getProperty("advertised.listeners").split(",")) {
            Matcher m = Pattern.compile("(\\w+)://([^:]*):(\\d+)").matcher(listener.trim());
            assertTrue(m.matches(), "listener " + listener);
            byName.put(m.group(1), m.group(2) + ":" + m.group(3));
        }
        return byName;
    }

    /** Host port to container port. */
    private static Map<Integer, Integer> publishedPorts(String service) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (JsonNode port : services.get(service).path("ports")) {
            String[] parts = port.asText().split(":");
            ports.put(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
        }
        return ports;
    }

    private static Map<String, String> env(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        services.get(service).path("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    /** Options of a command and its mixins whose default comes from an environment variable, by that variable. */
    private static Map<String, Field> optionsByEnvironmentVariable(Class<?> command) {
        Map<String, Field> byVariable = new LinkedHashMap<>();
        List<Class<?>> classes = new ArrayList<>(List.of(command));
        for (Field f : command.getDeclaredFields()) {
            if (f.isAnnotationPresent(Mixin.class)) {
                classes.add(f.getType());
            }
        }
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                Option option = f.getAnnotation(Option.class);
                if (option == null) {
                    continue;
                }
                Matcher m = ENV_DEFAULT.matcher(option.defaultValue());
                if (m.find()) {
                    byVariable.put(m.group(1), f);
                }
            }
        }
        return byVariable;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertNotNull(dir, "docker-compose.yml not found above " + Path.of("").toAbsolutePath());
        return dir;
    }
}
