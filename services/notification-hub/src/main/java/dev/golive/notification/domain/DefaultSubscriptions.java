package dev.golive.notification.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.golive.notification.domain.NoticeKind.*;

/**
 * What a new stakeholder hears until they choose otherwise, on every channel available to them
 * (a page reaches the person paged whatever they subscribed to, see {@link NoticeKind#mandatory()}):
 * <ul>
 *   <li>OPS_LEAD: everything from NOTICE up;</li>
 *   <li>ON_CALL: incidents (opened, updated, resolved) and the rollback assessment, from INFO up —
 *       the assessment is what pages them when it says DECIDE_NOW —, and the runbook's overdue tasks
 *       (which page them too) and its projection crossing the point of no return, or back within it;</li>
 *   <li>TESTER: their plan and assignment changes, the downtime reminders, downtime start, system
 *       back, weekend testing start, sign-off, and the training lists sent to them;</li>
 *   <li>BUSINESS_STAKEHOLDER: the downtime reminders, the go/no-go decision, a moved or cancelled
 *       window, downtime start, system back, updates during the go-live (and an overdue one),
 *       rollback decisions, sign-off, and how the cutover ended (completed or rolled back). The
 *       reminders, a moved window and the ending are not in the list, but without them a
 *       business stakeholder learns of a new weekend only when its downtime starts.</li>
 * </ul>
 */
public final class DefaultSubscriptions {

    private static final Set<NoticeKind> ON_CALL_KINDS = EnumSet.of(INCIDENT_OPENED, INCIDENT_UPDATED, INCIDENT_RESOLVED,
            ROLLBACK_ASSESSMENT, RUNBOOK_TASK_OVERDUE, RUNBOOK_PAST_POINT_OF_NO_RETURN,
            RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN);
    private static final Set<NoticeKind> TESTER_KINDS = EnumSet.of(TEST_PLAN_PUBLISHED, ASSIGNMENT_CHANGED,
            REMINDER_DOWNTIME, DOWNTIME_STARTED, SYSTEM_BACK, WEEKEND_TESTING_STARTED, WEEKEND_SIGNED_OFF, TRAINING_LIST);
    private static final Set<NoticeKind> BUSINESS_KINDS = EnumSet.of(REMINDER_DOWNTIME, GO_NO_GO_DECIDED, WINDOW_MOVED,
            CUTOVER_CANCELLED, DOWNTIME_STARTED, SYSTEM_BACK, STAKEHOLDER_UPDATE, UPDATE_OVERDUE, ROLLBACK_DECIDED,
            WEEKEND_SIGNED_OFF, CUTOVER_COMPLETED, CUTOVER_ROLLED_BACK);

    private DefaultSubscriptions() {
    }

    /**
     * @param available the channels the stakeholder can be reached on ({@link Recipient#availableChannels()});
     *                  FEED is added when missing
     */
    public static List<Subscription> forRole(StakeholderRole role, Set<Channel> available) {
        Set<Channel> channels = available.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(available);
        channels.add(Channel.FEED);
        List<Subscription> out = new ArrayList<>();
        for (Channel c : channels) {
            switch (role) {
                case OPS_LEAD -> out.add(new Subscription(Subscription.EVERY_KIND, Severity.NOTICE, c));
                case ON_CALL -> ON_CALL_KINDS.forEach(k -> out.add(new Subscription(k, Severity.INFO, c)));
                case TESTER -> TESTER_KINDS.forEach(k -> out.add(new Subscription(k, Severity.INFO, c)));
                case BUSINESS_STAKEHOLDER -> BUSINESS_KINDS.forEach(k -> out.add(new Subscription(k, Severity.INFO, c)));
            }
        }
        return List.copyOf(out);
    }

    /** The kinds a role hears by default; every kind for the ops lead. */
    public static Set<NoticeKind> kindsFor(StakeholderRole role) {
        return switch (role) {
            case OPS_LEAD -> EnumSet.allOf(NoticeKind.class);
            case ON_CALL -> EnumSet.copyOf(ON_CALL_KINDS);
            case TESTER -> EnumSet.copyOf(TESTER_KINDS);
            case BUSINESS_STAKEHOLDER -> EnumSet.copyOf(BUSINESS_KINDS);
        };
    }
}
