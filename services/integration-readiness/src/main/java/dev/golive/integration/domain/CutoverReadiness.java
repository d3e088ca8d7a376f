package dev.golive.integration.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a cutover's integrations let it go live: it is ready when every {@code CRITICAL} and
 * {@code HIGH} integration is ready. A {@code NORMAL} integration that is not ready is reported in
 * {@link CutoverVerdict#notBlocking()}, saying that it does not block: it is fixed forward after
 * go-live. Reasons go by criticality ({@code CRITICAL} first), then in the order given. A cutover
 * without any integration is ready, with a remark that none is registered.
 */
public final class CutoverReadiness {

    private CutoverReadiness() {
    }

    /** @throws IllegalArgumentException when an integration is listed twice */
    public static CutoverVerdict evaluate(List<IntegrationVerdict> verdicts) {
        Objects.requireNonNull(verdicts, "verdicts");
        Set<UUID> seen = new HashSet<>();
        for (IntegrationVerdict v : verdicts) {
            Objects.requireNonNull(v, "verdicts contains null");
            if (v.integrationId() != null && !seen.add(v.integrationId())) {
                throw new IllegalArgumentException("integration " + v.integrationId() + " is listed twice");
            }
        }
        if (verdicts.isEmpty()) {
            return new CutoverVerdict(true, List.of(), List.of("no integration is registered for this cutover"));
        }
        List<String> blocking = new ArrayList<>();
        List<String> notBlocking = new ArrayList<>();
        verdicts.stream()
                .filter(v -> !v.verdict().ready())
                .sorted(Comparator.comparing(IntegrationVerdict::criticality))
                .forEach(v -> {
                    String who = v.criticality() + " integration " + Names.quote(v.name()) + " is not ready";
                    String why = String.join("; ", v.verdict().reasons());
                    if (v.criticality().blocksCutover()) {
                        blocking.add(who + ": " + why);
                    } else {
                        notBlocking.add(who + ", which does not block the cutover: " + why);
                    }
                });
        return new CutoverVerdict(blocking.isEmpty(), blocking, notBlocking);
    }
}
