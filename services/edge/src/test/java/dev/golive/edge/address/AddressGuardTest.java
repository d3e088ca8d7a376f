package dev.golive.edge.address;

import dev.golive.edge.address.AddressPolicy.Refusal;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AddressGuardTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** A resolver that knows a few names, and only those. */
    private static AddressGuard.Resolver dns(Map<String, List<String>> names) {
        return host -> {
            List<String> addresses = names.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            return addresses.stream().map(AddressGuardTest::ip).toArray(InetAddress[]::new);
        };
    }

    private final AddressGuard production = new AddressGuard(true, Set.of("erp.internal"), dns(Map.of(
            "hooks.example.com", List.of("93.184.216.34"),
            "metadata.example.com", List.of("93.184.216.34", "169.254.169.254"),
            "erp.internal", List.of("10.1.2.3"),
            "169.254.169.254", List.of("169.254.169.254"),
            "10.0.0.1", List.of("10.0.0.1"))));

    @Test
    void a_host_resolving_to_public_addresses_is_allowed_and_pinned_to_the_address_that_was_checked() {
        AddressGuard.Checked checked = production.resolveAndCheck(URI.create("https://hooks.example.com/in"));

        assertThat(checked.allowed()).isTrue();
        assertThat(checked.pinned()).isEqualTo(ip("93.184.216.34"));
    }

    @Test
    void one_refused_address_among_the_answers_refuses_the_call_and_leaves_nothing_to_connect_to() {
        AddressGuard.Checked checked = production.resolveAndCheck(URI.create("https://metadata.example.com/"));

        assertThat(checked.decision().refusal()).isEqualTo(Refusal.REFUSED_RANGE);
        org.assertj.core.api.Assertions.assertThatThrownBy(checked::pinned).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_host_that_does_not_resolve_is_reported_as_unresolved() {
        AddressGuard.Checked checked = production.resolveAndCheck(URI.create("https://nowhere.example.com/"));

        assertThat(checked.resolved()).isFalse();
        assertThat(checked.decision().refusal()).isEqualTo(Refusal.NO_ADDRESS);
    }

    @Test
    void registering_a_target_refuses_refused_ranges_in_production_but_not_a_name_that_does_not_resolve_yet() {
        assertThat(production.checkTarget(URI.create("http://169.254.169.254/latest/meta-data/")).refusal())
                .isEqualTo(Refusal.REFUSED_RANGE);
        assertThat(production.checkTarget(URI.create("http://10.0.0.1:8080/hook")).refusal()).isEqualTo(Refusal.REFUSED_RANGE);
        assertThat(production.checkTarget(URI.create("https://erp.internal/hook")).allowed()).isTrue();
        assertThat(production.checkTarget(URI.create("https://later.example.com/hook")).allowed()).isTrue();
        assertThat(production.checkTarget(URI.create("ftp://hooks.example.com/")).refusal()).isEqualTo(Refusal.SCHEME);
        assertThat(production.checkTarget(URI.create("https://u:p@hooks.example.com/")).refusal()).isEqualTo(Refusal.USER_INFO);
    }

    @Test
    void outside_production_loopback_and_private_targets_are_allowed_but_the_form_rules_still_hold() {
        AddressGuard local = new AddressGuard(false, Set.of(), dns(Map.of("127.0.0.1", List.of("127.0.0.1"))));

        assertThat(local.checkTarget(URI.create("http://127.0.0.1:8080/hook")).allowed()).isTrue();
        assertThat(local.resolveAndCheck(URI.create("http://127.0.0.1:8080/hook")).pinned()).isEqualTo(ip("127.0.0.1"));
        assertThat(local.checkTarget(URI.create("file:///etc/passwd")).refusal()).isEqualTo(Refusal.SCHEME);
    }

    @Test
    void a_pinned_request_dials_the_checked_address_but_names_the_host_and_never_follows_redirects() {
        URI target = URI.create("https://hooks.example.com:8443/in?x=1");
        RequestOptions options = PinnedHttpClient.options(HttpMethod.POST, target, ip("93.184.216.34"));

        assertThat(options.getHost()).isEqualTo("hooks.example.com");
        assertThat(options.getPort()).isEqualTo(8443);
        assertThat(options.isSsl()).isTrue();
        assertThat(options.getURI()).isEqualTo("/in?x=1");
        assertThat(options.getFollowRedirects()).isFalse();
        assertThat(options.getServer().host()).isEqualTo("93.184.216.34");
        assertThat(options.getServer().port()).isEqualTo(8443);
        assertThat(PinnedHttpClient.server(URI.create("http://[fd00::4]/"), ip("fd00::4")))
                .isEqualTo(new InetSocketAddress(ip("fd00::4"), 80));
        assertThat(PinnedHttpClient.options(HttpMethod.GET, URI.create("http://[fd00::4]/"), ip("fd00::4")).getHost())
                .isEqualTo("fd00::4");
    }

    @Test
    void the_policy_never_resolves_a_name_itself() {
        JavaClasses policy = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importClasses(AddressPolicy.class, Hosts.class);
        noClasses().should().callMethod(InetAddress.class, "getByName", String.class)
                .orShould().callMethod(InetAddress.class, "getAllByName", String.class)
                .orShould().callMethod(InetAddress.class, "getHostName")
                .orShould().callMethod(InetAddress.class, "getCanonicalHostName")
                .check(policy);
    }
}
