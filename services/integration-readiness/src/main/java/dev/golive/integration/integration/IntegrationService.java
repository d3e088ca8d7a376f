package dev.golive.integration.integration;

import dev.golive.contracts.integration.IntegrationRegistered;
import dev.golive.integration.checklist.ChecklistStore;
import dev.golive.integration.cutover.CutoverProjection;
import dev.golive.integration.domain.Criticality;
import dev.golive.problems.field.FieldViolation;
import dev.golive.integration.domain.Integration;
import dev.golive.integration.domain.IntegrationKind;
import dev.golive.integration.domain.IntegrationRules;
import dev.golive.integration.domain.ModelField;
import dev.golive.integration.readiness.Reevaluation;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Registers, changes and removes integrations. Each write validates everything first (nothing is
 * written when a field is wrong), then changes the row, its checklist, the outbox and the readiness
 * verdicts in one transaction.
 */
@ApplicationScoped
public class IntegrationService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ChecklistStore checklists;

    @Inject
    Reevaluation reevaluation;

    @Transactional
    public IntegrationRow register(UUID cutoverId, IntegrationRequest request, String who) {
        refuseCancelled(cutoverId);
        UUID id = UUID.randomUUID();
        Integration integration = parse(id, cutoverId, request);
        refuseDuplicateName(cutoverId, id, integration.name());
        Instant now = clock.instant();
        IntegrationRow row = new IntegrationRow();
        row.id = id;
        row.cutoverId = cutoverId;
        row.set(integration);
        row.registeredBy = who;
        row.registeredAt = now;
        row.updatedBy = who;
        row.updatedAt = now;
        row.persist();
        checklists.create(row.id);
        outbox.append(registered(row, now));
        reevaluation.afterChange(cutoverId);
        return row;
    }

    /** Replaces the integration's description; its checklist, probes and results stay. Announced as IntegrationRegistered again (the whole new state). */
    @Transactional
    public IntegrationRow update(UUID cutoverId, UUID id, IntegrationRequest request, String who) {
        refuseCancelled(cutoverId);
        IntegrationRow row = IntegrationRow.require(cutoverId, id);
        Integration integration = parse(id, cutoverId, request);
        refuseDuplicateName(cutoverId, id, integration.name());
        Instant now = clock.instant();
        row.set(integration);
        row.updatedBy = who;
        row.updatedAt = now;
        outbox.append(registered(row, now));
        reevaluation.afterChange(cutoverId);
        return row;
    }

    /** Removes the integration with its checklist, probes and results; the readiness verdicts follow. */
    @Transactional
    public void remove(UUID cutoverId, UUID id) {
        refuseCancelled(cutoverId);
        IntegrationRow row = IntegrationRow.require(cutoverId, id);
        row.delete();
        IntegrationRow.flush();
        reevaluation.removed(cutoverId, id);
        reevaluation.afterChange(cutoverId);
    }

    static IntegrationRegistered registered(IntegrationRow row, Instant at) {
        return new IntegrationRegistered(row.cutoverId.toString(), row.id.toString(), row.name, row.kind.name(),
                row.owner, row.criticality.name(), row.testableOnStaging, List.copyOf(row.models),
                List.copyOf(row.fields), List.copyOf(row.scheduledActions), at);
    }

    private static void refuseCancelled(UUID cutoverId) {
        CutoverProjection.of(cutoverId).filter(CutoverProjection::cancelled).ifPresent(c -> {
            throw ProblemException.conflict("cutover-cancelled", "cutover " + cutoverId + " was cancelled",
                    List.of("CUTOVER_CANCELLED"));
        });
    }

    private static void refuseDuplicateName(UUID cutoverId, UUID id, String name) {
        long same = IntegrationRow.count("cutoverId = ?1 and lower(name) = ?2 and id <> ?3", cutoverId,
                name.strip().toLowerCase(Locale.ROOT), id);
        if (same > 0) {
            throw ProblemException.conflict("duplicate-integration",
                    "the cutover already has an integration named '" + name.strip() + "'", List.of("DUPLICATE_NAME"));
        }
    }

    /**
     * The request as a domain integration, or a 422 naming every offending field: secrets offered,
     * unknown kinds, endpoints that are not URIs, malformed field references, and every rule of
     * {@link IntegrationRules}.
     */
    static Integration parse(UUID id, UUID cutoverId, IntegrationRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "an integration is required");
        }
        List<FieldViolation> violations = new ArrayList<>();
        secret(violations, "credentials", request.credentials());
        secret(violations, "secret", request.secret());
        secret(violations, "password", request.password());
        secret(violations, "apiKey", request.apiKey());
        secret(violations, "token", request.token());
        secret(violations, "clientSecret", request.clientSecret());
        IntegrationKind kind = enumValue(violations, "kind", request.kind(), IntegrationKind.class);
        Criticality criticality = enumValue(violations, "criticality", request.criticality(), Criticality.class);
        if (request.testableOnStaging() == null) {
            violations.add(new FieldViolation("testableOnStaging",
                    "is required: false plans live checks once production is back"));
        }
        List<URI> endpoints = new ArrayList<>();
        List<String> endpointTexts = request.endpoints() == null ? List.of() : request.endpoints();
        boolean endpointsOk = true;
        for (int i = 0; i < endpointTexts.size(); i++) {
            String text = endpointTexts.get(i);
            if (text == null || text.isBlank()) {
                violations.add(new FieldViolation("endpoints[" + i + "]", "is required"));
                endpointsOk = false;
                continue;
            }
            try {
                endpoints.add(new URI(text.strip()));
            } catch (URISyntaxException e) {
                violations.add(new FieldViolation("endpoints[" + i + "]", "is not a URI: " + e.getReason()));
                endpointsOk = false;
            }
        }
        List<FieldViolation> references = IntegrationRules.checkFieldReferences(request.fields());
        violations.addAll(references);
        List<ModelField> fields = references.isEmpty() && request.fields() != null
                ? request.fields().stream().map(f -> ModelField.parse(f).orElseThrow()).toList() : List.of();
        Integration integration = new Integration(id, cutoverId.toString(), request.name(), kind, request.owner(),
                criticality, Boolean.TRUE.equals(request.testableOnStaging()), endpointsOk ? endpoints : List.of(),
                request.models(), fields, request.scheduledActions(), request.credentialsExpireOn(),
                request.liveChecks());
        for (FieldViolation v : IntegrationRules.check(integration)) {
            boolean alreadyNamed = violations.stream().anyMatch(w -> w.field().equals(v.field()));
            if (alreadyNamed || (v.field().equals("kind") && request.kind() != null)
                    || (v.field().equals("criticality") && request.criticality() != null)) {
                continue;
            }
            violations.add(v);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .toList());
        }
        return integration;
    }

    private static void secret(List<FieldViolation> violations, String field, Object value) {
        if (value != null) {
            violations.add(new FieldViolation(field, "is a secret: Golive never accepts or stores credentials; "
                    + "record only when they expire (credentialsExpireOn)"));
        }
    }

    private static <E extends Enum<E>> E enumValue(List<FieldViolation> violations, String field, String value,
                                                   Class<E> type) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
