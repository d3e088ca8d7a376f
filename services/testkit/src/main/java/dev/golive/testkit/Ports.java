package dev.golive.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback TCP ports, for servers a test starts in another process (which binds the port a
 * moment later).
 *
 * <p>They are taken below the kernel's ephemeral range: a port from that range ("bind to port 0")
 * can be handed to any outgoing connection in the meantime — a Kafka client, a JDBC pool — and the
 * server then finds it in use (this happened to a second service instance in the fault suite). A
 * port below the range is only ever taken by someone binding it on purpose.
 */
public final class Ports {

    /** Where ports are picked when the kernel's ephemeral range cannot be read (Linux's default starts at 32768). */
    static final int DEFAULT_EPHEMERAL_START = 32768;
    /** The lowest port picked: above the well-known and most registered service ports. */
    static final int LOWEST = 20000;

    private Ports() {
    }

    /** A port that was free on 127.0.0.1 a moment ago, other than {@code excluded}. */
    public static int freePort(int... excluded) {
        int highest = Math.max(LOWEST + 1000, ephemeralStart()) - 1;
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
            if (Arrays.stream(excluded).noneMatch(p -> p == port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port on the loopback interface between " + LOWEST + " and " + highest);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range ({@code /proc/sys/net/ipv4/ip_local_port_range}). */
    static int ephemeralStart() {
        try {
            // Read by lines: a /proc file reports size 0, and readString trusts the size it is told.
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException unreadable) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
