package dev.golive.testing.access;

import dev.golive.contracts.Roles;
import dev.golive.messaging.cutover.CutoverMembers;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.UUID;

/**
 * Whose testing work a caller reads (ADR 17 read table): the cutover's ops lead and on-call people, and
 * admins, read every tester's assignments, results and calendar; a tester reads their own only. The
 * request gate has already let the caller in as a member in one of the endpoint's roles; this says in
 * which of them they read, so someone who is ops lead elsewhere but only a tester in this cutover reads
 * as a tester here.
 */
@ApplicationScoped
public class TesterReads {

    /** The cutover roles that read every tester's work (admins do too, in every cutover). */
    static final Set<String> READ_EVERY_TESTER = Set.of(Roles.OPS_LEAD, Roles.ON_CALL);

    private final SecurityIdentity caller;
    private final CutoverMembers members;

    public TesterReads(SecurityIdentity caller, CutoverMembers members) {
        this.caller = caller;
        this.members = members;
    }

    /** Whether the caller reads every tester's work in {@code cutoverId}, not only their own. */
    public boolean readsEveryTester(UUID cutoverId) {
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        String name = caller.getPrincipal().getName();
        return members.of(cutoverId).stream().anyMatch(m -> m.member().equals(name)
                && READ_EVERY_TESTER.contains(m.role()) && caller.hasRole(m.role()));
    }

    /** Whether {@code username} (a tester's login) is the caller's. */
    public boolean isCaller(String username) {
        return username != null && username.equalsIgnoreCase(caller.getPrincipal().getName());
    }

    /**
     * Refuses (403) a caller who reads only their own work when {@code username}, the tester whose work
     * {@code what} is, is someone else.
     */
    public void requireReadable(UUID cutoverId, String username, String what) {
        if (!isCaller(username) && !readsEveryTester(cutoverId)) {
            throw new ForbiddenException(what + " is not " + caller.getPrincipal().getName()
                    + "'s: a tester reads their own work only");
        }
    }
}
