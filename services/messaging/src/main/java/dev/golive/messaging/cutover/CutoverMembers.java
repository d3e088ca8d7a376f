package dev.golive.messaging.cutover;

import dev.golive.contracts.cutover.CutoverMember;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who takes part in each cutover, in the service's own {@code golive_cutover_member} table:
 * cutover-planner's is the record, every other service's a copy kept by {@link CutoverProjections}.
 * A set is always replaced whole (the events carry the whole set), so a replay changes nothing.
 */
@ApplicationScoped
public class CutoverMembers {

    /** Replaces the members of {@code cutoverId} with {@code members} (duplicates and blanks dropped). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(UUID cutoverId, Collection<CutoverMember> members) {
        EntityManager db = Panache.getEntityManager();
        db.createNativeQuery("DELETE FROM golive_cutover_member WHERE cutover_id = ?1")
                .setParameter(1, cutoverId).executeUpdate();
        for (CutoverMember member : distinct(members)) {
            db.createNativeQuery("INSERT INTO golive_cutover_member (cutover_id, member, role) VALUES (?1, ?2, ?3)")
                    .setParameter(1, cutoverId).setParameter(2, member.member()).setParameter(3, member.role())
                    .executeUpdate();
        }
    }

    /** The members of a cutover, by name then role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<CutoverMember> of(UUID cutoverId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT member, role FROM golive_cutover_member WHERE cutover_id = ?1 ORDER BY member, role")
                .setParameter(1, cutoverId).getResultList();
        return rows.stream().map(row -> new CutoverMember((String) row[0], (String) row[1])).toList();
    }

    /** The roles {@code member} holds in a cutover (none when they take no part in it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Set<String> rolesOf(UUID cutoverId, String member) {
        List<String> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT role FROM golive_cutover_member WHERE cutover_id = ?1 AND member = ?2")
                .setParameter(1, cutoverId).setParameter(2, member).getResultList();
        return Set.copyOf(rows);
    }

    /** Every cutover {@code member} takes part in, with the roles they hold in it: one query, however many cutovers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<String>> rolesOf(String member) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT cutover_id, role FROM golive_cutover_member WHERE member = ?1")
                .setParameter(1, member).getResultList();
        Map<UUID, Set<String>> roles = new HashMap<>();
        rows.forEach(row -> roles.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]));
        return roles;
    }

    /** The cutovers {@code member} takes part in, in any role: what a list shows a caller who is not admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Set<UUID> cutoversOf(String member) {
        List<UUID> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT DISTINCT cutover_id FROM golive_cutover_member WHERE member = ?1")
                .setParameter(1, member).getResultList();
        return Set.copyOf(rows);
    }

    /** The cutovers {@code member} takes part in in one of {@code roles}: one query, however many cutovers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Set<UUID> cutoversOf(String member, Collection<String> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        List<UUID> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT DISTINCT cutover_id FROM golive_cutover_member WHERE member = ?1 AND role IN (?2)")
                .setParameter(1, member).setParameter(2, List.copyOf(roles)).getResultList();
        return Set.copyOf(rows);
    }

    private static Set<CutoverMember> distinct(Collection<CutoverMember> members) {
        Set<CutoverMember> distinct = new LinkedHashSet<>();
        if (members != null) {
            members.stream()
                    .filter(m -> m != null && m.member() != null && !m.member().isBlank()
                            && m.role() != null && !m.role().isBlank())
                    .forEach(distinct::add);
        }
        return distinct;
    }
}
