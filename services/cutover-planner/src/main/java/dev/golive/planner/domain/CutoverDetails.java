package dev.golive.planner.domain;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an ops lead plans for a cutover and may edit: what is upgraded and for whom (name, client,
 * ERP product, major versions), the on-call team, and the plan of its weekend (zone, go-live policy,
 * blackouts).
 *
 * <p>{@link #plan} and {@link #edit} check the result whole against {@link CutoverRules} before
 * building it, refusing with a {@link CutoverRejection} that names every broken rule, and remove
 * the blanks around the texts (the zone is taken as given: a valid IANA id has none). Details
 * restored from storage are taken as they were stored.
 */
public record CutoverDetails(String name, String client, String erpProduct, int sourceVersion, int targetVersion,
                             String zone, String onCallTeam, GoLivePolicy policy, List<Blackout> blackouts) {

    /** What an edit may change only while the weekend has not started: the plan the window is laid out from. */
    private static final Set<String> PLAN = Set.of("onCallTeam", "zone", "policy", "blackouts");

    public CutoverDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(erpProduct, "erpProduct");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(onCallTeam, "onCallTeam");
        Objects.requireNonNull(policy, "policy");
        blackouts = List.copyOf(blackouts);
    }

    /**
     * The details of a new cutover: a policy's missing fields taken from
     * {@link GoLivePolicy#defaults()}, no blackouts when none are given.
     *
     * @throws CutoverRejection {@code invalid-request} naming every field that breaks {@link CutoverRules}
     */
    public static CutoverDetails plan(String name, String client, String erpProduct, Integer sourceVersion,
                                      Integer targetVersion, String zone, String onCallTeam, GoLivePolicy policy,
                                      List<Blackout> blackouts) {
        GoLivePolicy complete = policy == null ? GoLivePolicy.defaults() : policy.orElse(GoLivePolicy.defaults());
        List<Blackout> periods = blackouts == null ? List.of() : blackouts;
        return checked(name, client, erpProduct, sourceVersion, targetVersion, zone, onCallTeam, complete, periods);
    }

    /**
     * These details after {@code patch}, for a cutover in {@code status}, and what changed:
     * {@code name}, {@code client}, {@code erpProduct}, {@code upgradePath} (either version),
     * {@code onCallTeam}, {@code zone}, {@code policy}, {@code blackouts}, in that order. A patch
     * that changes nothing is no error, whatever the status but a final one.
     *
     * @throws CutoverRejection {@code cutover-closed} when the status is final; {@code invalid-request}
     *         naming every field of the result that breaks {@link CutoverRules}; {@code plan-frozen}
     *         when the go-live has started ({@link StatusTransitions#planEditable}) and the plan changes
     */
    public CutoverEdited edit(CutoverPatch patch, CutoverStatus status) {
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(status, "status");
        if (StatusTransitions.terminal(status)) {
            throw CutoverRejection.conflict(CutoverRejection.CUTOVER_CLOSED,
                    "A cutover in status " + status + " can no longer be edited");
        }
        CutoverDetails after = checked(
                or(patch.name(), name), or(patch.client(), client), or(patch.erpProduct(), erpProduct),
                or(patch.sourceVersion(), sourceVersion), or(patch.targetVersion(), targetVersion),
                or(patch.zone(), zone), or(patch.onCallTeam(), onCallTeam),
                patch.policy() == null ? policy : patch.policy().orElse(policy), or(patch.blackouts(), blackouts));

        List<String> changed = after.changesFrom(this);
        boolean planChanged = changed.stream().anyMatch(PLAN::contains);
        if (planChanged && !StatusTransitions.planEditable(status)) {
            throw CutoverRejection.conflict(CutoverRejection.PLAN_FROZEN, "The go-live has started (status " + status
                    + "): zone, policy, team and blackouts can no longer change");
        }
        return new CutoverEdited(after, changed, planChanged);
    }

    /** The major versions the upgrade passes through, source and target included. */
    public List<Integer> upgradePath() {
        return UpgradePath.between(sourceVersion, targetVersion);
    }

    private List<String> changesFrom(CutoverDetails before) {
        List<String> changed = new ArrayList<>();
        if (!name.equals(before.name)) {
            changed.add("name");
        }
        if (!client.equals(before.client)) {
            changed.add("client");
        }
        if (!erpProduct.equals(before.erpProduct)) {
            changed.add("erpProduct");
        }
        if (sourceVersion != before.sourceVersion || targetVersion != before.targetVersion) {
            changed.add("upgradePath");
        }
        if (!onCallTeam.equals(before.onCallTeam)) {
            changed.add("onCallTeam");
        }
        if (!zone.equals(before.zone)) {
            changed.add("zone");
        }
        if (!policy.equals(before.policy)) {
            changed.add("policy");
        }
        if (!blackouts.equals(before.blackouts)) {
            changed.add("blackouts");
        }
        return changed;
    }

    private static CutoverDetails checked(String name, String client, String erpProduct, Integer sourceVersion,
                                          Integer targetVersion, String zone, String onCallTeam, GoLivePolicy policy,
                                          List<Blackout> blackouts) {
        List<FieldViolation> violations = CutoverRules.check(name, client, erpProduct, sourceVersion, targetVersion,
                zone, onCallTeam, policy, blackouts);
        if (!violations.isEmpty()) {
            throw CutoverRejection.invalid(violations);
        }
        return new CutoverDetails(name.strip(), client.strip(), erpProduct.strip(), sourceVersion, targetVersion,
                zone, onCallTeam.strip(), policy, blackouts);
    }

    private static <T> T or(T value, T kept) {
        return value != null ? value : kept;
    }
}
