package dev.golive.testkit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void a_free_port_lies_below_the_ephemeral_range_so_no_outgoing_connection_takes_it_before_the_server_binds_it()
            throws IOException {
        int port = Ports.freePort();
        assertThat(port).isBetween(Ports.LOWEST, Ports.ephemeralStart() - 1);
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(server.isBound()).isTrue();
        }
    }

    @Test
    void a_port_in_use_or_excluded_is_not_handed_out() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), Ports.freePort()));
            int excluded = Ports.freePort();
            for (int i = 0; i < 200; i++) {
                assertThat(Ports.freePort(excluded)).isNotEqualTo(taken.getLocalPort()).isNotEqualTo(excluded);
            }
        }
    }
}
