package dev.golive.planner.feed;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.messaging.cutover.CutoverMembers;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.domain.PersonalFeed;
import dev.golive.planner.milestone.CutoverMilestone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * People's secret calendar links and the feeds behind them. The secret is 32 random bytes shown once,
 * when the link is made; the planner keeps only its SHA-256, so a copy of the database opens no
 * calendar. A revoked link answers like one that never existed.
 */
@ApplicationScoped
public class PersonalFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CutoverMembers members;
    private final Clock clock;

    public PersonalFeeds(CutoverMembers members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** A new link of {@code person}: the subscription and its secret (never stored, never shown again). */
    @Transactional
    public Created create(String person, String label) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarSubscription s = new CalendarSubscription();
        s.id = UUID.randomUUID();
        s.person = person;
        s.label = label;
        s.tokenSha256 = sha256(token);
        s.createdAt = clock.instant();
        s.persist();
        return new Created(s, token);
    }

    public record Created(CalendarSubscription subscription, String token) {
    }

    @Transactional
    public List<CalendarSubscription> of(String person) {
        return CalendarSubscription.list("person = ?1 ORDER BY createdAt", person);
    }

    /** Revokes one of {@code person}'s links; false when they have no such link (someone else's included). */
    @Transactional
    public boolean revoke(String person, UUID id) {
        CalendarSubscription s = CalendarSubscription.findById(id);
        if (s == null || !s.person.equals(person)) {
            return false;
        }
        if (s.revokedAt == null) {
            s.revokedAt = clock.instant();
        }
        return true;
    }

    /** The iCalendar of the link whose secret is {@code token}; empty when there is no such live link. */
    @Transactional
    public Optional<String> feed(String token) {
        Optional<CalendarSubscription> found = CalendarSubscription
                .<CalendarSubscription>find("tokenSha256 = ?1 AND revokedAt IS NULL", sha256(token)).firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarSubscription s = found.get();
        s.lastReadAt = clock.instant();
        Map<UUID, Set<String>> roles = members.rolesOf(s.person);
        List<PersonalFeed.Cutover> cutovers = new ArrayList<>();
        List<PersonalFeed.Entry> entries = new ArrayList<>();
        Map<String, Set<String>> rolesById = new HashMap<>();
        if (!roles.isEmpty()) {
            // the milestones of all the person's cutovers in one query, not one per cutover: calendar apps poll
            Map<UUID, Map<Milestone, Instant>> milestones = new HashMap<>();
            for (CutoverMilestone m : CutoverMilestone.<CutoverMilestone>list("cutoverId IN ?1", roles.keySet())) {
                milestones.computeIfAbsent(m.cutoverId, id -> new HashMap<>()).put(m.milestone, m.at);
            }
            for (Cutover c : Cutover.<Cutover>list("id IN ?1", roles.keySet())) {
                Map<Milestone, Instant> at = milestones.getOrDefault(c.id, Map.of());
                cutovers.add(new PersonalFeed.Cutover(c.id.toString(), c.name, c.status == CutoverStatus.CANCELLED,
                        c.windowRevision, at.get(Milestone.GO_NO_GO), at.get(Milestone.DOWNTIME_START),
                        at.get(Milestone.BUSINESS_RESUME)));
                rolesById.put(c.id.toString(), roles.get(c.id));
            }
            for (CalendarEntryRow r : CalendarEntryRow.<CalendarEntryRow>list("cutoverId IN ?1", roles.keySet())) {
                entries.add(new PersonalFeed.Entry(r.cutoverId.toString(), r.entryKey, r.kind, r.person, r.role, r.title,
                        r.startsAt, r.endsAt, r.sequence, r.removed));
            }
        }
        return Optional.of(FeedCalendar.render(s.person, PersonalFeed.of(s.person, cutovers, rolesById, entries)));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
