package dev.golive.integration.readiness;

import dev.golive.contracts.Roles;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.integration.probe.ProbeRow;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The readiness of a cutover's integrations, judged now; every role reads it. The reasons may name
 * a probe's target or a host (a failed probe says what it called); the client's endpoints are for the
 * roles that read the integrations themselves, so testers and stakeholders get them blanked out.
 */
@Path("/api/cutovers/{cutoverId}/integration-readiness")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

    /** What an endpoint or host reads as in a reason shown to a role that does not see endpoints. */
    static final String HIDDEN = "[endpoint]";

    private static final Set<String> SEE_ENDPOINTS = Set.of(Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN);

    private final Reevaluation reevaluation;
    private final SecurityIdentity caller;

    public ReadinessResource(Reevaluation reevaluation, SecurityIdentity caller) {
        this.reevaluation = reevaluation;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public ReadinessReport get(@PathParam("cutoverId") UUID cutoverId) {
        ReadinessReport report = reevaluation.report(cutoverId);
        if (SEE_ENDPOINTS.stream().anyMatch(caller::hasRole)) {
            return report;
        }
        List<String> endpoints = endpointsOf(cutoverId);
        return new ReadinessReport(report.cutoverId(), report.ready(), hide(report.reasons(), endpoints),
                hide(report.notBlocking(), endpoints), report.goLiveDate(), report.goLiveDateKnown(),
                report.integrations().stream().map(i -> new ReadinessReport.IntegrationReadinessView(i.integrationId(),
                        i.name(), i.criticality(), i.ready(), hide(i.reasons(), endpoints))).toList(),
                report.evaluatedAt());
    }

    /** Every probe target and integration endpoint of the cutover, and their hosts, longest first. */
    private static List<String> endpointsOf(UUID cutoverId) {
        Set<String> found = new LinkedHashSet<>();
        ProbeRow.ofCutover(cutoverId).forEach(p -> addWithHost(found, p.target));
        IntegrationRow.ofCutover(cutoverId).forEach(i -> i.endpoints.forEach(e -> addWithHost(found, e)));
        List<String> endpoints = new ArrayList<>(found);
        endpoints.sort(Comparator.comparingInt(String::length).reversed()); // a URL before the host inside it
        return endpoints;
    }

    private static void addWithHost(Set<String> found, String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return;
        }
        found.add(endpoint);
        try {
            String host = URI.create(endpoint).getHost();
            if (host != null && !host.isBlank()) {
                found.add(host);
            }
        } catch (IllegalArgumentException notAUri) {
            // nothing more to hide than the text itself
        }
    }

    private static List<String> hide(List<String> reasons, List<String> endpoints) {
        if (reasons == null) {
            return null;
        }
        return reasons.stream().map(reason -> {
            String shown = reason;
            for (String endpoint : endpoints) {
                shown = shown.replace(endpoint, HIDDEN);
            }
            return shown;
        }).toList();
    }
}
