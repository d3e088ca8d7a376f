package dev.golive.staging.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How far a successful rehearsal may lag behind production and still represent it: at most
 * {@code maxAge} from its production backup to the moment it is judged, and at most so many
 * custom-module commits and module-list changes in production since that backup.
 *
 * <p>Rules ({@link #violations()}): {@code maxAge} present, positive and at most
 * {@value #MAX_AGE_DAYS} days; both counts not negative.
 */
public record FreshnessPolicy(Duration maxAge, int maxCustomModuleCommits, int maxModuleListChanges) {

    public static final long MAX_AGE_DAYS = 365;
    public static final Duration MAX_MAX_AGE = Duration.ofDays(MAX_AGE_DAYS);

    /** 14 days, and no production change at all since the backup. */
    public static FreshnessPolicy defaults() {
        return new FreshnessPolicy(Duration.ofDays(14), 0, 0);
    }

    /** Every broken rule, fields named as in the record; empty when the policy is valid. */
    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (maxAge == null) {
            v.add(new FieldViolation("maxAge", "is required"));
        } else if (maxAge.isNegative() || maxAge.isZero()) {
            v.add(new FieldViolation("maxAge", "must be positive"));
        } else if (maxAge.compareTo(MAX_MAX_AGE) > 0) {
            v.add(new FieldViolation("maxAge", "must be at most " + MAX_MAX_AGE + ", was " + maxAge));
        }
        if (maxCustomModuleCommits < 0) {
            v.add(new FieldViolation("maxCustomModuleCommits", "must not be negative"));
        }
        if (maxModuleListChanges < 0) {
            v.add(new FieldViolation("maxModuleListChanges", "must not be negative"));
        }
        return List.copyOf(v);
    }

    /** This policy, or an {@link IllegalArgumentException} naming every broken rule. */
    FreshnessPolicy requireValid() {
        List<FieldViolation> v = violations();
        if (!v.isEmpty()) {
            throw new IllegalArgumentException("invalid freshness policy: "
                    + v.stream().map(x -> x.field() + " " + x.message()).collect(Collectors.joining("; ")));
        }
        return this;
    }
}
