package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.TaskOwner;

import java.time.Duration;
import java.util.List;

/**
 * The built-in template "Odoo.sh go-live": the weekend of an Odoo.sh production upgrade as practitioners
 * run it. Before go/no-go: tell users about the downtime and freeze changes. From the downtime start:
 * production down, integrations and scheduled actions stopped, a verified backup, the upgrade requested
 * and run by the platform (its duration from the rehearsals' forecast), the technical review of what
 * customisations touch, integrations back on and checked live. From the end of the technical review:
 * power users test their daily flows, the ops lead signs off, users hear the system is back, the
 * business resumes and the on-call team watches the first Monday morning. Apart: the rollback tasks.
 */
public final class OdooShGoLive {

    public static final String ID = "odoo-sh-go-live";
    public static final String NAME = "Odoo.sh go-live";

    static final TaskOwner OPS_LEAD = new TaskOwner(TaskOwner.Kind.ROLE, "ops-lead");
    static final TaskOwner ON_CALL = new TaskOwner(TaskOwner.Kind.ROLE, "on-call");
    static final TaskOwner TESTER = new TaskOwner(TaskOwner.Kind.ROLE, "tester");
    public static final TaskOwner UPGRADE_PLATFORM = new TaskOwner(TaskOwner.Kind.AUTOMATED, "upgrade-platform");

    public static final RunbookTemplate TEMPLATE = new RunbookTemplate(ID, NAME,
            "The go-live weekend of an Odoo.sh production upgrade: downtime, backup, the platform's upgrade, "
                    + "technical review, power-user testing and business resume; rollback tasks apart.",
            true, tasks(), rollbackTasks());

    private static List<TemplateTask> tasks() {
        return List.of(
                task("announce-downtime", "Announce the downtime to users",
                        "Tell every user when production goes down, for how long, and when they can work again.",
                        OPS_LEAD, List.of(), at(Milestone.GO_NO_GO, "-PT48H"), "PT30M", null, List.of()),
                task("freeze-changes", "Freeze changes on production",
                        "No more configuration, module or data-model changes on production until the upgrade is live.",
                        OPS_LEAD, List.of("announce-downtime"), at(Milestone.GO_NO_GO, "-PT4H"), "PT30M", null, List.of()),
                task("take-production-down", "Take production down",
                        "Put production in maintenance so that nobody works on the database being upgraded.",
                        ON_CALL, List.of("freeze-changes"), at(Milestone.DOWNTIME_START, "PT0S"), "PT15M",
                        WeekendFact.DOWNTIME_STARTED, List.of()),
                task("stop-integrations", "Stop integrations and scheduled actions",
                        "Pause payment, carrier, marketplace and website connectors and the scheduled actions.",
                        ON_CALL, List.of("take-production-down"), null, "PT20M", null, List.of()),
                task("pre-upgrade-backup", "Take and verify the pre-upgrade backup",
                        "The backup a rollback would restore: taken after the downtime started, downloaded and checked.",
                        ON_CALL, List.of("stop-integrations"), null, "PT30M", null, List.of(
                                new ChecklistEntry("backup-taken", "Backup taken"),
                                new ChecklistEntry("backup-verified", "Backup downloaded and verified restorable"))),
                task("request-upgrade", "Request the production upgrade",
                        "Start the production upgrade on the platform.",
                        OPS_LEAD, List.of("pre-upgrade-backup"), null, "PT10M", null, List.of()),
                new TemplateTask("production-upgrade", "The production upgrade runs",
                        "The platform upgrades the production database; it reports start and end itself.",
                        UPGRADE_PLATFORM, List.of("request-upgrade"), null, Duration.parse("PT4H"),
                        WeekendFact.SYSTEM_BACK, List.of(), true, null),
                task("technical-review", "Technical review of the upgraded production",
                        "The developers' first look at the upgraded production before anyone else uses it.",
                        ON_CALL, List.of("production-upgrade"), null, "PT2H", null, List.of(
                                new ChecklistEntry("custom-modules", "Custom modules installed and updated"),
                                new ChecklistEntry("menus-and-views", "Key menus and views open"),
                                new ChecklistEntry("wizards-and-buttons", "Wizards and custom buttons work"),
                                new ChecklistEntry("pdf-reports", "Important PDF reports print"),
                                new ChecklistEntry("scheduled-actions", "Scheduled actions reviewed"),
                                new ChecklistEntry("automated-actions", "Automated actions reviewed"),
                                new ChecklistEntry("server-logs", "Server logs free of errors"))),
                task("re-enable-integrations", "Re-enable integrations and scheduled actions",
                        "Switch connectors and scheduled actions back on against the upgraded production.",
                        ON_CALL, List.of("technical-review"), null, "PT20M", null, List.of()),
                task("verify-integrations", "Verify integrations live",
                        "Run the live-verification plan: what could only be tested against production.",
                        ON_CALL, List.of("re-enable-integrations"), null, "PT45M", null, List.of()),
                new TemplateTask("power-user-testing", "Power users test their daily flows",
                        "Quotations, deliveries, invoices, purchases, documents and reports, as each team works.",
                        TESTER, List.of("verify-integrations"), at(Milestone.TECHNICAL_REVIEW_END, "PT0S"),
                        Duration.parse("PT24H"), null, List.of(), false, Milestone.WEEKEND_TESTING_END),
                task("sign-off", "Sign off the weekend",
                        "The ops lead confirms the upgraded system is fit for Monday.",
                        OPS_LEAD, List.of("power-user-testing"), null, "PT30M", null, List.of()),
                task("announce-resume", "Announce the resume",
                        "Tell every user the upgraded system is open and what changed for them.",
                        OPS_LEAD, List.of("sign-off"), null, "PT15M", null, List.of()),
                task("business-resumes", "Business resumes",
                        "Staff work on the upgraded system.",
                        OPS_LEAD, List.of("announce-resume"), at(Milestone.BUSINESS_RESUME, "PT0S"), "PT5M",
                        WeekendFact.BUSINESS_RESUMED, List.of()),
                task("watch-monday", "Watch Monday morning",
                        "Technical staff on call while the first real working morning runs on the new version.",
                        ON_CALL, List.of("business-resumes"), null, "PT4H", null, List.of()));
    }

    private static List<TemplateTask> rollbackTasks() {
        return List.of(
                task("restore-backup", "Restore the pre-upgrade backup",
                        "Restore the backup taken after the downtime started onto production.",
                        ON_CALL, List.of(), null, "PT2H", null, List.of()),
                task("revalidate-restored", "Re-validate the restored production",
                        "Check the restored production works as before the weekend, integrations included.",
                        ON_CALL, List.of("restore-backup"), null, "PT2H", null, List.of()),
                task("communicate-rollback", "Communicate the rollback",
                        "Tell every user the upgrade was rolled back and what it means for Monday.",
                        OPS_LEAD, List.of(), null, "PT15M", null, List.of()));
    }

    private static TemplateTask task(String key, String title, String description, TaskOwner owner,
                                     List<String> dependsOn, Anchor anchor, String duration, WeekendFact observes,
                                     List<ChecklistEntry> checklist) {
        return new TemplateTask(key, title, description, owner, dependsOn, anchor, Duration.parse(duration), observes,
                checklist, false, null);
    }

    private static Anchor at(Milestone milestone, String offset) {
        return new Anchor(milestone, Duration.parse(offset));
    }

    private OdooShGoLive() {
    }
}
