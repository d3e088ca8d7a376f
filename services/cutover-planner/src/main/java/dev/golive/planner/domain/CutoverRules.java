package dev.golive.planner.domain;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.problems.field.FieldViolation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What a cutover must satisfy before it is stored; every violation is reported at once. */
public final class CutoverRules {

    public static List<FieldViolation> check(String name, String client, String erpProduct, Integer sourceVersion,
                                             Integer targetVersion, String zone, String onCallTeam,
                                             GoLivePolicy policy, List<Blackout> blackouts) {
        List<FieldViolation> violations = new ArrayList<>();
        text(violations, "name", name, 200);
        text(violations, "client", client, 200);
        text(violations, "erpProduct", erpProduct, 100);
        text(violations, "onCallTeam", onCallTeam, 100);
        versions(violations, sourceVersion, targetVersion);
        if (zone == null || zone.isBlank()) {
            violations.add(new FieldViolation("zone", "is required (an IANA time zone such as Europe/London)"));
        } else if (!isIanaZone(zone)) {
            violations.add(new FieldViolation("zone", "'" + zone + "' is not an IANA time zone"));
        }
        violations.addAll(GoLivePolicyRules.check(policy));
        blackouts(violations, blackouts);
        return violations;
    }

    /** Region ids only: a fixed offset such as +02:00 would silently ignore daylight saving time. */
    public static boolean isIanaZone(String zone) {
        return ZoneId.getAvailableZoneIds().contains(zone);
    }

    private static void versions(List<FieldViolation> violations, Integer source, Integer target) {
        if (source == null) {
            violations.add(new FieldViolation("sourceVersion", "is required"));
        } else if (source < 1) {
            violations.add(new FieldViolation("sourceVersion", "must be at least 1"));
        }
        if (target == null) {
            violations.add(new FieldViolation("targetVersion", "is required"));
        } else if (source != null && target <= source) {
            violations.add(new FieldViolation("targetVersion",
                    "must be above the source version " + source));
        } else if (source != null && target - source > UpgradePath.MAX_HOPS) {
            violations.add(new FieldViolation("targetVersion",
                    "at most " + UpgradePath.MAX_HOPS + " major versions above the source version"));
        }
    }

    private static void blackouts(List<FieldViolation> violations, List<Blackout> blackouts) {
        if (blackouts == null) {
            return;
        }
        for (int i = 0; i < blackouts.size(); i++) {
            Blackout b = blackouts.get(i);
            String at = "blackouts[" + i + "]";
            if (b == null) {
                violations.add(new FieldViolation(at, "must not be null"));
                continue;
            }
            if (b.from() == null) {
                violations.add(new FieldViolation(at + ".from", "is required"));
            }
            if (b.to() == null) {
                violations.add(new FieldViolation(at + ".to", "is required"));
            }
            if (b.from() != null && b.to() != null && b.to().isBefore(b.from())) {
                violations.add(new FieldViolation(at + ".to", "must not be before from (" + b.from() + ")"));
            }
            text(violations, at + ".reason", b.reason(), 200);
        }
    }

    private static void text(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
        } else if (value.length() > max) {
            violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
    }

    private CutoverRules() {
    }
}
