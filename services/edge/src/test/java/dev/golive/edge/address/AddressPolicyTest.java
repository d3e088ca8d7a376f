package dev.golive.edge.address;

import dev.golive.edge.address.AddressPolicy.Decision;
import dev.golive.edge.address.AddressPolicy.Refusal;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AddressPolicyTest {

    private static final URI API = URI.create("https://api.example.com/v1/health");

    /** An address from its literal: the JDK parses literals without any lookup. */
    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** {@code ::ffff:a.b.c.d} kept as an IPv6 address, as some resolvers and sockets hand it over. */
    private static InetAddress mapped(int a, int b, int c, int d) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Decision production(URI uri, InetAddress... resolved) {
        return AddressPolicy.check(uri, List.of(resolved), Set.of(), true);
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
        "169.253.255.255", "192.167.255.255", "11.0.0.0", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4007:80e::200e",
        "64:ff9b::808:808"})
    void a_public_address_is_allowed_in_production(String address) {
        Decision d = production(API, ip(address));

        assertThat(d.allowed()).isTrue();
        assertThat(d.refusal()).isNull();
        assertThat(d.reason()).isEqualTo("api.example.com resolves only to public addresses");
        assertThat(AddressPolicy.refusedRange(ip(address))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "0.0.0.0          | \"this network\" 0.0.0.0/8",
        "0.255.1.2        | \"this network\" 0.0.0.0/8",
        "10.0.0.5         | private 10.0.0.0/8",
        "10.255.255.255   | private 10.0.0.0/8",
        "100.64.0.1       | carrier-grade NAT 100.64.0.0/10",
        "100.127.255.254  | carrier-grade NAT 100.64.0.0/10",
        "127.0.0.1        | loopback 127.0.0.0/8",
        "127.8.9.10       | loopback 127.0.0.0/8",
        "169.254.169.254  | link-local 169.254.0.0/16",
        "172.16.0.1       | private 172.16.0.0/12",
        "172.31.255.255   | private 172.16.0.0/12",
        "192.168.1.10     | private 192.168.0.0/16",
        "192.0.0.8        | IETF protocol assignments 192.0.0.0/24",
        "192.0.2.1        | documentation 192.0.2.0/24",
        "198.18.0.1       | benchmarking 198.18.0.0/15",
        "224.0.0.251      | multicast 224.0.0.0/4",
        "239.255.255.250  | multicast 224.0.0.0/4",
        "255.255.255.255  | broadcast 255.255.255.255/32",
        "240.0.0.1        | reserved 240.0.0.0/4",
        "::               | unspecified ::/128",
        "::1              | loopback ::1/128",
        "fc00::1          | unique local fc00::/7",
        "fd12:3456:789a::1 | unique local fc00::/7",
        "fe80::1          | link-local fe80::/10",
        "febf:ffff::1     | link-local fe80::/10",
        "fec0::1          | site-local (deprecated) fec0::/10",
        "ff02::1          | multicast ff00::/8",
        "2001:db8::1      | documentation 2001:db8::/32",
        "2001:0:4136:e378::1 | Teredo 2001::/32",
        "::7f00:1         | IPv4-compatible (deprecated) ::/96",
        "64:ff9b::a00:1   | NAT64 IPv6 of private 10.0.0.0/8",
        "2002:c0a8:0101::1 | 6to4 IPv6 of private 192.168.0.0/16",
        "::ffff:127.0.0.1 | loopback 127.0.0.0/8"})
    void an_address_in_a_refused_range_is_refused_in_production(String address, String range) {
        Decision d = production(API, ip(address));

        assertThat(d.allowed()).isFalse();
        assertThat(d.refusal()).isEqualTo(Refusal.REFUSED_RANGE);
        assertThat(d.reason()).isEqualTo("api.example.com resolves to " + ip(address).getHostAddress() + ", in " + range
                + ": refused in production unless an administrator allows host api.example.com");
    }

    @ParameterizedTest(name = "::ffff:{0}.{1}.{2}.{3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "127 | 0   | 0   | 1   | IPv4-mapped IPv6 of loopback 127.0.0.0/8",
        "10  | 1   | 2   | 3   | IPv4-mapped IPv6 of private 10.0.0.0/8",
        "169 | 254 | 169 | 254 | IPv4-mapped IPv6 of link-local 169.254.0.0/16",
        "192 | 168 | 0   | 1   | IPv4-mapped IPv6 of private 192.168.0.0/16"})
    void an_ipv4_mapped_ipv6_address_is_judged_by_the_ipv4_address_it_carries(int a, int b, int c, int d, String range) {
        InetAddress address = mapped(a, b, c, d);

        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(AddressPolicy.refusedRange(address)).contains(range);
        assertThat(production(API, address).refusal()).isEqualTo(Refusal.REFUSED_RANGE);
    }

    @Test
    void an_ipv4_mapped_public_address_is_allowed() {
        assertThat(production(API, mapped(93, 184, 216, 34)).allowed()).isTrue();
    }

    @Test
    void one_private_address_among_public_ones_is_enough_to_refuse() {
        Decision d = production(API, ip("93.184.216.34"), ip("2606:4700:4700::1111"), ip("10.0.0.7"));

        assertThat(d.refusal()).isEqualTo(Refusal.REFUSED_RANGE);
        assertThat(d.reason()).startsWith("api.example.com resolves to 10.0.0.7, in private 10.0.0.0/8");
    }

    @ParameterizedTest(name = "allowed as {0}")
    @ValueSource(strings = {"erp-gateway.internal", "ERP-Gateway.Internal", "erp-gateway.internal."})
    void an_administrator_may_allow_a_specific_host_to_reach_private_addresses(String allowedAs) {
        URI internal = URI.create("https://erp-gateway.internal/health");

        Decision d = AddressPolicy.check(internal, List.of(ip("10.20.0.4"), ip("fd00::4")), Set.of(allowedAs), true);

        assertThat(d).isEqualTo(new Decision(true, null, "an administrator allows host erp-gateway.internal at any address"));
    }

    @Test
    void allowing_one_host_does_not_allow_another_at_the_same_address() {
        Decision d = AddressPolicy.check(URI.create("https://other.internal/"), List.of(ip("10.20.0.4")),
                Set.of("erp-gateway.internal"), true);

        assertThat(d.refusal()).isEqualTo(Refusal.REFUSED_RANGE);
    }

    @Test
    void an_ip_literal_host_can_be_allowed_too() {
        URI literal = URI.create("http://[fd00::4]:8069/web/health");

        assertThat(AddressPolicy.check(literal, List.of(ip("fd00::4")), Set.of("[FD00::4]"), true).allowed()).isTrue();
        assertThat(AddressPolicy.check(literal, List.of(ip("fd00::4")), Set.of(), true).reason())
                .isEqualTo("fd00::4 resolves to fd00:0:0:0:0:0:0:4, in unique local fc00::/7: refused in production unless an "
                        + "administrator allows host fd00::4");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"127.0.0.1", "::1", "10.0.0.5", "169.254.169.254", "fe80::1"})
    void outside_production_loopback_and_private_addresses_are_allowed(String address) {
        Decision d = AddressPolicy.check(URI.create("http://localhost:8069/"), List.of(ip(address)), Set.of(), false);

        assertThat(d).isEqualTo(new Decision(true, null, "not production: localhost may be reached at any address"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://api.example.com/", "file:///etc/passwd", "gopher://api.example.com/", "jar:file:/x.jar!/",
        "mailto:ops@example.com", "/relative/path"})
    void only_http_and_https_may_be_reached_anywhere(String uri) {
        for (boolean production : new boolean[] {true, false}) {
            Decision d = AddressPolicy.check(URI.create(uri), List.of(ip("93.184.216.34")), Set.of("api.example.com"), production);

            assertThat(d.allowed()).isFalse();
            assertThat(d.refusal()).isEqualTo(Refusal.SCHEME);
            assertThat(d.reason()).startsWith("only http and https may be reached, not ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://user:pass@api.example.com/", "https://user@api.example.com/", "http://a@127.0.0.1@api.example.com/"})
    void a_uri_with_user_info_is_refused_even_for_an_allowed_host_and_outside_production(String uri) {
        Decision d = AddressPolicy.check(URI.create(uri), List.of(ip("93.184.216.34")), Set.of("api.example.com"), false);

        assertThat(d).isEqualTo(new Decision(false, Refusal.USER_INFO, "the URI carries user info: credentials do not travel in URIs"));
    }

    @Test
    void a_uri_without_a_host_is_refused() {
        assertThat(production(URI.create("https:///health"), ip("93.184.216.34")).refusal()).isEqualTo(Refusal.NO_HOST);
        // An underscore makes the authority registry-based: Java finds no host in it.
        assertThat(production(URI.create("https://my_api.example.com/"), ip("93.184.216.34")).refusal()).isEqualTo(Refusal.NO_HOST);
    }

    @Test
    void a_host_that_resolved_to_nothing_is_refused() {
        assertThat(AddressPolicy.check(API, List.of(), Set.of(), false))
                .isEqualTo(new Decision(false, Refusal.NO_ADDRESS, "api.example.com resolved to no address: there is nothing to connect to"));
    }

    @Test
    void a_redirect_is_followed_only_to_http_or_https_without_downgrade_or_user_info_and_not_forever() {
        URI https = URI.create("https://api.example.com/a");

        assertThat(AddressPolicy.checkRedirect(https, URI.create("https://cdn.example.net/b"), 0).allowed()).isTrue();
        assertThat(AddressPolicy.checkRedirect(URI.create("http://a.example.com/"), URI.create("https://a.example.com/"), 0).allowed()).isTrue();
        assertThat(AddressPolicy.checkRedirect(https, URI.create("http://api.example.com/a"), 0))
                .isEqualTo(new Decision(false, Refusal.REDIRECT, "a redirect from https to http is not followed"));
        assertThat(AddressPolicy.checkRedirect(https, URI.create("file:///etc/passwd"), 0).refusal()).isEqualTo(Refusal.SCHEME);
        assertThat(AddressPolicy.checkRedirect(https, URI.create("https://u:p@api.example.com/"), 0).refusal()).isEqualTo(Refusal.USER_INFO);
        assertThat(AddressPolicy.checkRedirect(https, URI.create("https://api.example.com/b"), 4).allowed()).isTrue();
        assertThat(AddressPolicy.checkRedirect(https, URI.create("https://api.example.com/b"), 5))
                .isEqualTo(new Decision(false, Refusal.REDIRECT, "more than 5 redirects"));
    }

    @Test
    void the_target_of_a_redirect_is_judged_by_its_own_addresses() {
        URI next = URI.create("https://api.example.com/a").resolve("http://169.254.169.254/latest/meta-data/");

        // from http to http: the redirect itself may be followed…
        assertThat(AddressPolicy.checkRedirect(URI.create("http://api.example.com/a"), next, 0).allowed()).isTrue();
        // …but its host is checked like the first one before anything is sent.
        assertThat(production(next, ip("169.254.169.254")).refusal()).isEqualTo(Refusal.REFUSED_RANGE);
    }

    @Test
    void a_decision_is_refused_exactly_when_it_names_a_refusal() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Decision(true, Refusal.SCHEME, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Decision(false, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
