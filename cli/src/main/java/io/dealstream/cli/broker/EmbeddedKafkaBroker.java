package io.dealstream.cli.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka broker (KRaft: broker and controller in one process) running inside
 * this JVM, with its data in a directory of its own.
 *
 * <p>The storage is formatted on the first start of a data directory and reused on every later
 * start, so topics, committed offsets and Streams changelogs survive a restart. Every internal
 * topic gets replication factor 1, which a one-node cluster needs for consumer groups and for
 * exactly-once transactions to work at all.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String NODE_ID = "1";
    private static final String LOCK_FILE = "dealstream-broker.lock";

    private final Path dataDir;
    private final int port;
    private final KafkaRaftServer server;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean closed;

    private EmbeddedKafkaBroker(Path dataDir, int port, KafkaRaftServer server, FileChannel lockChannel, FileLock lock) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts a broker whose client listener is {@code localhost:port} ({@code 0} picks a free port)
     * and whose logs live under {@code dataDir}; returns once clients can use it.
     *
     * @param brokerOverrides broker settings that replace the defaults (may be empty)
     * @throws BrokerStartException with a message for the user when the port is taken, the
     *         directory is in use by another broker, or the broker fails to start
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> brokerOverrides) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BrokerStartException("cannot create the broker's data directory " + dir + ": " + e.getMessage(), e);
        }
        FileChannel lockChannel = null;
        FileLock lock = null;
        try {
            lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(lockChannel);
            throw new BrokerStartException("the data directory " + dir + " is in use by another running broker"
                    + " (another `dealstream local`?). Stop it, or pass a different --data-dir.", null);
        }
        try {
            int clientPort = port == 0 ? freePort() : requireFreePort(port);
            int controllerPort = freePort();
            Properties props = brokerProperties(dir, clientPort, controllerPort);
            brokerOverrides.forEach(props::put);
            Path logDir = Path.of(props.getProperty("log.dirs"));
            formatStorageOnce(logDir, props, dir);

            long started = System.nanoTime();
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                shutdownQuietly(server);
                throw e;
            }
            LOG.debug("Kafka broker ready on localhost:{} in {} ms (data in {})",
                    clientPort, (System.nanoTime() - started) / 1_000_000, logDir);
            return new EmbeddedKafkaBroker(dir, clientPort, server, lockChannel, lock);
        } catch (BrokerStartException e) {
            releaseQuietly(lock, lockChannel);
            throw e;
        } catch (RuntimeException e) {
            releaseQuietly(lock, lockChannel);
            throw new BrokerStartException("the embedded Kafka broker failed to start: " + e.getMessage()
                    + " (data in " + dir + "; delete that directory to start from scratch)", e);
        }
    }

    /** Starts a broker on a free port in {@code dataDir}, with the default settings. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        return start(dataDir, 0, Map.of());
    }

    /** {@code localhost:port}, for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker and waits until it has shut down (logs flushed, ports released). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdownQuietly(server);
        releaseQuietly(lock, lockChannel);
    }

    static Properties brokerProperties(Path dataDir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", NODE_ID);
        p.put("listeners", "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        // A static voter set names the controller by config, so a new controller port on restart is fine.
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("log.dirs", dataDir.resolve("kraft-logs").toString());
        // One node: every internal topic must fit on one replica, or groups and transactions never work.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created explicitly (TopicSetup) or by Kafka Streams; a typo must not create one.
        p.put("auto.create.topics.enable", "false");
        // The cleaner's default 128 MB dedupe buffer dominates idle memory; compacted topics here are small.
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        return p;
    }

    /** Formats {@code logDir} unless an earlier start did; a formatted directory has meta.properties. */
    private static void formatStorageOnce(Path logDir, Properties props, Path dataDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            Path config = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "dealstream embedded broker; written at format time, for reference");
            }
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            int rc;
            try (PrintStream ps = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
                rc = StorageTool.execute(new String[] {
                        "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, ps);
            }
            if (rc != 0) {
                throw new BrokerStartException("cannot format the broker's storage in " + logDir + ": "
                        + captured.toString(StandardCharsets.UTF_8).trim(), null);
            }
            LOG.debug("formatted {}: {}", logDir, captured.toString(StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker's storage in " + logDir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free local port", e);
        }
    }

    private static int requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return port;
        } catch (IOException e) {
            throw new BrokerStartException("port " + port + " is already in use (is another Kafka broker or"
                    + " `dealstream local` running?). Stop it, choose another port, or pass --bootstrap-servers"
                    + " to use that cluster.", e);
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka broker did not shut down cleanly: {}", e.toString());
        }
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    /** The broker could not start; the message says why and what to do. */
    public static final class BrokerStartException extends RuntimeException {
        public BrokerStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
