package dev.golive.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.awaitility.Awaitility;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A single-node KRaft Apache Kafka broker (combined broker and controller) running inside this JVM.
 *
 * <p>Ports are picked once, when the instance is built, and kept for its whole life, as is the
 * log directory: {@link #stop()} followed by {@link #start()} brings the broker back on the same
 * address with the same data, which is how tests simulate a broker outage.
 *
 * <p>Plain Java: usable from tests (see {@link #shared()}) and from a local launcher (see
 * {@link #builder()} with a fixed {@link Builder#logDir(Path) log directory}).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static KafkaBroker shared;

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final boolean ownsLogDir;
    private final Map<String, String> extraProperties;

    private KafkaRaftServer server;
    private volatile boolean running;
    /** Set when the shared broker was started by another class loader's testkit: that one starts and stops it. */
    private JvmWide.Owner owner;

    private KafkaBroker(Builder builder) {
        this.port = builder.port > 0 ? builder.port : Ports.freePort();
        this.controllerPort = builder.controllerPort > 0 ? builder.controllerPort : Ports.freePort(port);
        if (builder.logDir != null) {
            this.logDir = builder.logDir.toAbsolutePath();
            this.ownsLogDir = false;
        } else {
            try {
                this.logDir = Files.createTempDirectory("golive-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.ownsLogDir = true;
        }
        this.extraProperties = new LinkedHashMap<>(builder.properties);
    }

    /** A broker on free loopback ports with a fresh temporary log directory; not started yet. */
    public static KafkaBroker create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The JVM-wide broker: started on first use, stopped (and its temporary data removed) by a
     * shutdown hook. Several Quarkus boots in one test JVM reuse it, even from class loaders of their
     * own ({@link JvmWide}).
     */
    public static KafkaBroker shared() {
        synchronized (JvmWide.LOCK) {
            if (shared == null) {
                JvmWide.Owner owner = JvmWide.find("kafka");
                if (owner != null) {
                    KafkaBroker broker = builder().port(owner.port()).controllerPort(owner.otherPort()).build();
                    broker.owner = owner;
                    shared = broker;
                } else {
                    KafkaBroker broker = create();
                    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "golive-kafka-shutdown"));
                    JvmWide.register("kafka", broker.port, broker.controllerPort, broker::start, broker::stop, broker::isRunning);
                    shared = broker;
                }
            }
            if (!shared.isRunning()) {
                shared.start();
            }
            return shared;
        }
    }

    /**
     * Starts the broker (formatting the log directory when it has no {@code meta.properties})
     * and returns once it answers {@code describeCluster}. Does nothing when already running.
     */
    public synchronized KafkaBroker start() {
        if (owner != null) {
            owner.start();
            return this;
        }
        if (running) {
            return this;
        }
        long begin = System.nanoTime();
        try {
            Files.createDirectories(logDir);
            Path propsFile = logDir.resolve("golive-server.properties");
            Properties props = serverProperties();
            try (OutputStream out = Files.newOutputStream(propsFile)) {
                props.store(out, "written by dev.golive.testkit.KafkaBroker");
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(propsFile);
            }
            KafkaRaftServer raftServer = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            try {
                raftServer.startup();
            } catch (RuntimeException e) {
                safeShutdown(raftServer);
                throw e;
            }
            server = raftServer;
            running = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker failed to start in " + logDir, e);
        }
        awaitReady();
        LOG.log(System.Logger.Level.INFO, "Kafka broker started on {0} in {1,number,#} ms (log dir {2})",
                bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin), logDir);
        return this;
    }

    /** Shuts the broker down cleanly; keeps the log directory and the ports for a later {@link #start()}. */
    public synchronized void stop() {
        if (owner != null) {
            owner.stop();
            return;
        }
        if (!running) {
            return;
        }
        long begin = System.nanoTime();
        KafkaRaftServer raftServer = server;
        server = null;
        running = false;
        safeShutdown(raftServer);
        LOG.log(System.Logger.Level.INFO, "Kafka broker on {0} stopped in {1,number,#} ms",
                bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
    }

    /** Stops the broker and, when the log directory is a temporary one this class made, deletes it. */
    @Override
    public synchronized void close() {
        if (owner != null) {
            return; // the class loader that started it closes it
        }
        stop();
        RawTopic.forget(bootstrapServers());
        if (ownsLogDir) {
            Files2.deleteRecursively(logDir);
        }
    }

    public boolean isRunning() {
        return owner != null ? owner.running() : running;
    }

    /** {@code 127.0.0.1:<port>}, valid before start and across restarts. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDir() {
        return logDir;
    }

    /**
     * Creates a topic with replication factor 1 (nothing happens when it already exists) and waits
     * until every partition has a leader.
     */
    public void createTopic(String name, int partitions) {
        try (Admin admin = admin()) {
            try {
                admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topic " + name, e.getCause());
                }
            }
            Awaitility.await("leaders for topic " + name)
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .ignoreExceptions()
                    .until(() -> {
                        TopicDescription d = admin.describeTopics(List.of(name)).allTopicNames()
                                .get(10, TimeUnit.SECONDS).get(name);
                        return d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                    });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + name, e);
        }
    }

    /** A new Admin client for this broker; the caller closes it. */
    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        return Admin.create(p);
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.putAll(extraProperties);
        return p;
    }

    private void format(Path propsFile) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(new String[] {
                    "format", "-t", Uuid.randomUuid().toString(), "-c", propsFile.toString(), "--ignore-formatted"
            }, out);
        }
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka log dir " + logDir + " failed (exit " + exit + "): "
                    + buffer.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        try (Admin admin = admin()) {
            Awaitility.await("Kafka broker " + bootstrapServers() + " ready")
                    .atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(100))
                    .ignoreExceptions()
                    .until(() -> !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty());
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    private static void safeShutdown(KafkaRaftServer raftServer) {
        try {
            raftServer.shutdown();
            raftServer.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Kafka broker shutdown failed", e);
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", " + logDir + (running ? ", running]" : ", stopped]");
    }

    /** Options for a broker: fixed ports and log directory for a local launcher, extra broker properties. */
    public static final class Builder {
        private int port;
        private int controllerPort;
        private Path logDir;
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /** Client port; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Controller (KRaft quorum) port; 0 (default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** A persistent log directory (kept on close, formatted only when it has no meta.properties). */
        public Builder logDir(Path logDir) {
            this.logDir = logDir;
            return this;
        }

        /** Any broker property, overriding the defaults. */
        public Builder property(String key, String value) {
            this.properties.put(key, value);
            return this;
        }

        public KafkaBroker build() {
            return new KafkaBroker(this);
        }

        /** Builds and starts. */
        public KafkaBroker start() {
            return build().start();
        }
    }
}
