package dev.golive.planner.membership;

import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.contracts.cutover.CutoverMembersChanged;
import dev.golive.messaging.cutover.CutoverMembers;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.domain.MemberRules;
import dev.golive.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who takes part in each cutover. cutover-planner keeps two lists — the cutover's own members (its
 * ops lead names them) and each client's standing members (an administrator names them: e.g. the
 * client's stakeholders, who then see every cutover of that client) — and announces their union,
 * which is what every service's request gate checks.
 */
@ApplicationScoped
public class Membership {

    private static final Comparator<CutoverMember> ORDER =
            Comparator.comparing(CutoverMember::member).thenComparing(CutoverMember::role);

    private final Clock clock;
    private final Outbox outbox;
    private final CutoverMembers effective;

    public Membership(Clock clock, Outbox outbox, CutoverMembers effective) {
        this.clock = clock;
        this.outbox = outbox;
        this.effective = effective;
    }

    /**
     * The members a new cutover starts with: those named in the request and its planner as ops lead,
     * then its client's standing members. Written, not announced: the plan itself carries them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CutoverMember> start(Cutover cutover, List<CutoverMember> named, String plannedBy) {
        Set<CutoverMember> own = new LinkedHashSet<>();
        own.add(new CutoverMember(plannedBy, dev.golive.contracts.Roles.OPS_LEAD));
        if (named != null) {
            own.addAll(named);
        }
        writeOwn(cutover.id, own);
        List<CutoverMember> all = union(own, ofClient(cutover.client));
        effective.replace(cutover.id, all);
        return all;
    }

    /** The cutover's own members, as its ops lead named them. */
    @Transactional
    public List<CutoverMember> ownOf(UUID cutoverId) {
        Cutover.require(cutoverId);
        return rows("SELECT member, role FROM cutover_member WHERE cutover_id = ?1", cutoverId);
    }

    /** Everyone who takes part, own and the client's standing members. */
    @Transactional
    public List<CutoverMember> allOf(UUID cutoverId) {
        Cutover.require(cutoverId);
        return effective.of(cutoverId);
    }

    @Transactional
    public List<CutoverMember> replaceOwn(UUID cutoverId, List<CutoverMember> members, String by) {
        ProblemException.refuseIfAny(MemberRules.check(members, true));
        Cutover cutover = Cutover.require(cutoverId);
        writeOwn(cutoverId, members);
        announce(cutover, by);
        return ownOf(cutoverId);
    }

    @Transactional
    public List<CutoverMember> ofClient(String client) {
        return rows("SELECT member, role FROM client_member WHERE client = ?1", client);
    }

    /** Replaces a client's standing members and re-announces every cutover of that client. */
    @Transactional
    public List<CutoverMember> replaceClient(String client, List<CutoverMember> members, String by) {
        ProblemException.refuseIfAny(MemberRules.check(members, false));
        EntityManager db = Panache.getEntityManager();
        db.createNativeQuery("DELETE FROM client_member WHERE client = ?1").setParameter(1, client).executeUpdate();
        for (CutoverMember member : new LinkedHashSet<>(members)) {
            db.createNativeQuery("INSERT INTO client_member (client, member, role) VALUES (?1, ?2, ?3)")
                    .setParameter(1, client).setParameter(2, member.member()).setParameter(3, member.role())
                    .executeUpdate();
        }
        for (Cutover cutover : Cutover.<Cutover>list("client", client)) {
            announce(cutover, by);
        }
        return ofClient(client);
    }

    private void announce(Cutover cutover, String by) {
        List<CutoverMember> all = union(ownOf(cutover.id), ofClient(cutover.client));
        effective.replace(cutover.id, all);
        outbox.append(new CutoverMembersChanged(cutover.id.toString(), all, by, clock.instant()));
    }

    private static void writeOwn(UUID cutoverId, Iterable<CutoverMember> members) {
        EntityManager db = Panache.getEntityManager();
        db.createNativeQuery("DELETE FROM cutover_member WHERE cutover_id = ?1").setParameter(1, cutoverId)
                .executeUpdate();
        for (CutoverMember member : new LinkedHashSet<>(toList(members))) {
            db.createNativeQuery("INSERT INTO cutover_member (cutover_id, member, role) VALUES (?1, ?2, ?3)")
                    .setParameter(1, cutoverId).setParameter(2, member.member()).setParameter(3, member.role())
                    .executeUpdate();
        }
    }

    private static List<CutoverMember> toList(Iterable<CutoverMember> members) {
        List<CutoverMember> list = new ArrayList<>();
        members.forEach(list::add);
        return list;
    }

    private static List<CutoverMember> union(Iterable<CutoverMember> own, List<CutoverMember> client) {
        Set<CutoverMember> all = new LinkedHashSet<>(toList(own));
        all.addAll(client);
        return all.stream().sorted(ORDER).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<CutoverMember> rows(String sql, Object key) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(sql + " ORDER BY member, role")
                .setParameter(1, key).getResultList();
        return rows.stream().map(r -> new CutoverMember((String) r[0], (String) r[1])).toList();
    }
}
