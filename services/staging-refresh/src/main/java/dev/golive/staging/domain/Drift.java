package dev.golive.staging.domain;

/**
 * What production changed since the production backup of the latest successful rehearsal: commits
 * to the custom modules deployed there, and modules installed or uninstalled.
 */
public record Drift(int customModuleCommits, int moduleListChanges) {

    public static final Drift NONE = new Drift(0, 0);

    public Drift {
        if (customModuleCommits < 0 || moduleListChanges < 0) {
            throw new IllegalArgumentException("drift counts cannot be negative: " + customModuleCommits
                    + " custom-module commits, " + moduleListChanges + " module-list changes");
        }
    }

    /** Whether production moved further than {@code policy} tolerates. */
    public boolean beyond(FreshnessPolicy policy) {
        return customModuleCommits > policy.maxCustomModuleCommits() || moduleListChanges > policy.maxModuleListChanges();
    }
}
