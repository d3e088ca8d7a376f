package dev.golive.staging.freshness;

import dev.golive.problems.field.FieldViolation;

import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.staging.domain.Drift;
import dev.golive.staging.domain.FreshnessPolicy;
import dev.golive.staging.readiness.Reevaluation;
import dev.golive.staging.readiness.StagingFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A cutover's freshness policy and the drift reported since its last successful rehearsal's backup. */
@ApplicationScoped
public class FreshnessService {

    @Inject
    Clock clock;

    @Inject
    Reevaluation reevaluation;

    @Transactional
    public FreshnessPolicyRow setPolicy(UUID cutoverId, Duration maxAge, Integer maxCustomModuleCommits,
                                        Integer maxModuleListChanges, String by) {
        FreshnessPolicy policy = new FreshnessPolicy(maxAge,
                maxCustomModuleCommits == null ? 0 : maxCustomModuleCommits,
                maxModuleListChanges == null ? 0 : maxModuleListChanges);
        List<FieldViolation> errors = policy.violations().stream()
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        FreshnessPolicyRow row = FreshnessPolicyRow.findById(cutoverId);
        if (row == null) {
            row = new FreshnessPolicyRow();
            row.cutoverId = cutoverId;
        }
        row.maxAgeSeconds = maxAge.getSeconds();
        row.maxCustomModuleCommits = policy.maxCustomModuleCommits();
        row.maxModuleListChanges = policy.maxModuleListChanges();
        row.updatedBy = by;
        row.updatedAt = clock.instant();
        row.persist();
        reevaluation.afterChange(cutoverId);
        return row;
    }

    /** Adds a drift report; returns the drift of the last successful rehearsal now. */
    @Transactional
    public DriftSummary reportDrift(UUID cutoverId, Integer customModuleCommits, Integer moduleListChanges, String by) {
        List<FieldViolation> errors = new ArrayList<>();
        count(errors, "customModuleCommits", customModuleCommits);
        count(errors, "moduleListChanges", moduleListChanges);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        DriftReportRow row = new DriftReportRow();
        row.id = UUID.randomUUID();
        row.cutoverId = cutoverId;
        row.customModuleCommits = customModuleCommits;
        row.moduleListChanges = moduleListChanges;
        row.reportedBy = by;
        row.reportedAt = clock.instant();
        row.persist();
        reevaluation.afterChange(cutoverId);
        return drift(cutoverId);
    }

    @Transactional
    public DriftSummary drift(UUID cutoverId) {
        StagingFacts facts = StagingFacts.load(cutoverId);
        Drift drift = facts.drift();
        return new DriftSummary(drift.customModuleCommits(), drift.moduleListChanges(),
                facts.latestSuccessful().map(r -> r.id()).orElse(null),
                facts.latestSuccessful().map(r -> r.productionBackupAt()).orElse(null),
                facts.latestSuccessful().isPresent() && drift.beyond(facts.policy()));
    }

    private static void count(List<FieldViolation> errors, String field, Integer value) {
        if (value == null) {
            errors.add(new FieldViolation(field, "is required"));
        } else if (value < 0) {
            errors.add(new FieldViolation(field, "must not be negative"));
        }
    }

    /**
     * @param since        the production backup of the last successful rehearsal; reports made after it count
     * @param beyondPolicy whether that rehearsal no longer represents production
     */
    public record DriftSummary(int customModuleCommits, int moduleListChanges, UUID rehearsalId, Instant since,
                               boolean beyondPolicy) {
    }
}
