package dev.golive.testkit;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;

/**
 * Keeps {@link KafkaBroker#shared()} and {@link Postgres#shared()} one per JVM across the Quarkus
 * applications a test JVM boots. Each boot (a {@code @QuarkusMainTest} launch, say) may load the
 * testkit in a class loader of its own, with statics of its own: without this it would start a broker
 * and a PostgreSQL of its own, and an application started again would find neither its records nor its
 * rows. The first {@code shared()} registers the server it started in the platform MBean server; a
 * later one, from another class loader, finds it there and starts and stops that one.
 */
final class JvmWide {

    /** The JVM's own, whichever class loader asks. */
    static final MBeanServer LOCK = ManagementFactory.getPlatformMBeanServer();

    /** A server registered by some copy of the testkit, used through the MBean server. */
    record Owner(ObjectName name) {

        int port() {
            return (Integer) attribute("Port");
        }

        int otherPort() {
            return (Integer) attribute("OtherPort");
        }

        boolean running() {
            return (Boolean) attribute("Running");
        }

        void start() {
            invoke("start");
        }

        void stop() {
            invoke("stop");
        }

        private Object attribute(String attribute) {
            try {
                return LOCK.getAttribute(name, attribute);
            } catch (JMException e) {
                throw new IllegalStateException("JVM-wide " + name + ": " + attribute, e);
            }
        }

        private void invoke(String operation) {
            try {
                LOCK.invoke(name, operation, null, null);
            } catch (JMException e) {
                throw new IllegalStateException("JVM-wide " + name + ": " + operation, e);
            }
        }
    }

    /** The server registered as {@code kind}, or null when this JVM has none yet. */
    static Owner find(String kind) {
        ObjectName name = name(kind);
        return LOCK.isRegistered(name) ? new Owner(name) : null;
    }

    static void register(String kind, int port, int otherPort, Runnable start, Runnable stop, BooleanSupplier running) {
        JvmWideServerMBean server = new JvmWideServerMBean() {
            @Override
            public int getPort() {
                return port;
            }

            @Override
            public int getOtherPort() {
                return otherPort;
            }

            @Override
            public boolean isRunning() {
                return running.getAsBoolean();
            }

            @Override
            public void start() {
                start.run();
            }

            @Override
            public void stop() {
                stop.run();
            }
        };
        try {
            LOCK.registerMBean(new javax.management.StandardMBean(server, JvmWideServerMBean.class), name(kind));
        } catch (JMException e) {
            throw new IllegalStateException("could not register the JVM-wide " + kind, e);
        }
    }

    private static ObjectName name(String kind) {
        try {
            return new ObjectName("dev.golive.testkit:type=JvmWideServer,name=" + kind);
        } catch (JMException e) {
            throw new IllegalArgumentException(kind, e);
        }
    }

    private JvmWide() {
    }
}
