package dev.golive.testkit;

import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.contracts.cutover.CutoverMembersChanged;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.GoLivePolicy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Cutovers a service knows, for tests: a service refuses writes for a cutover cutover-planner never
 * announced (404), so a test that writes first announces its cutover the way production does, with
 * a {@code CutoverPlanned} on {@code golive.cutover.v1}, and waits until the service has it.
 */
public final class KnownCutovers {

    /** The zone of announced cutovers. */
    public static final String ZONE = "Europe/London";

    /**
     * A new cutover (Odoo 16 to 19, Europe/London, default policy) announced on the broker at
     * {@code bootstrap}; returns its id once {@code knownByService} holds for it (e.g. the service's
     * projection row of it exists).
     */
    public static String announce(String bootstrap, Predicate<String> knownByService) {
        String cutoverId = UUID.randomUUID().toString();
        announce(bootstrap, cutoverId, knownByService);
        return cutoverId;
    }

    /** Announces {@code cutoverId} (see {@link #announce(String, Predicate)}). */
    public static void announce(String bootstrap, String cutoverId, Predicate<String> knownByService) {
        CatalogEvents.publish(bootstrap, planned(cutoverId));
        await("cutover " + cutoverId + " known to the service").atMost(CatalogEvents.WAIT)
                .until(() -> knownByService.test(cutoverId));
    }

    /** The announcement: what cutover-planner writes when an ops lead plans a cutover, the demo team its members. */
    public static CutoverPlanned planned(String cutoverId) {
        return planned(cutoverId, DemoUsers.team());
    }

    /** The announcement of a cutover whose members are {@code members}. */
    public static CutoverPlanned planned(String cutoverId, List<CutoverMember> members) {
        return new CutoverPlanned(cutoverId, "Odoo 16 to 19 for Acme", "Acme Trading", "Odoo", 16, 19,
                List.of(16, 17, 18, 19), ZONE, "team-blue", GoLivePolicy.defaults(), List.of(), "olivia",
                Instant.now(), members);
    }

    /** Announces a cutover whose members are {@code members}; returns its id once the service knows it. */
    public static String announceWith(String bootstrap, List<CutoverMember> members, Predicate<String> knownByService) {
        String cutoverId = UUID.randomUUID().toString();
        CatalogEvents.publish(bootstrap, planned(cutoverId, members));
        await("cutover " + cutoverId + " known to the service").atMost(CatalogEvents.WAIT)
                .until(() -> knownByService.test(cutoverId));
        return cutoverId;
    }

    /**
     * Announces a cutover in which no demo user or machine takes part (its only member is an ops lead
     * called {@code nobody}): where an allowed role must still be refused.
     */
    public static String announceWithoutTheTeam(String bootstrap, Predicate<String> knownByService) {
        return announceWith(bootstrap, List.of(new CutoverMember("nobody", "ops-lead")), knownByService);
    }

    /**
     * What cutover-planner announces when a cutover's members change: for tests whose cutover came
     * from other events (a window first) and whose callers must take part in it.
     */
    public static CutoverMembersChanged members(String cutoverId, List<CutoverMember> members) {
        return new CutoverMembersChanged(cutoverId, members, "olivia", Instant.now());
    }

    private KnownCutovers() {
    }
}
