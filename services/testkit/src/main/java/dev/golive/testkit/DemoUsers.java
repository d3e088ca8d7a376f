package dev.golive.testkit;

import dev.golive.contracts.cutover.CutoverMember;

import java.util.List;
import java.util.Map;

/**
 * The demo users of the {@code golive} realm ({@code deploy/keycloak/golive-realm.json}), named
 * here once for every test, the end-to-end weekend and the local demo seed. They all share one
 * password. {@code DemoUsersTest} checks this list against the realm file.
 */
public final class DemoUsers {

    /** The password of every demo user. */
    public static final String PASSWORD = "golive-demo";

    /** Olivia, the ops lead: plans cutovers, decides go/no-go. */
    public static final String OPS_LEAD = "olivia";
    /** Oscar, on call. */
    public static final String ON_CALL = "oscar";
    /** Nina, the second on-call person (another zone than Oscar's). */
    public static final String SECOND_ON_CALL = "nina";
    /** Tess, a tester. */
    public static final String TESTER = "tess";
    /** Theo, a second tester. */
    public static final String OTHER_TESTER = "theo";
    /** Sam, the business stakeholder: reads the status. */
    public static final String STAKEHOLDER = "sam";
    /** Ada, the administrator. */
    public static final String ADMIN = "ada";

    /** Every tester of the realm, Tess and Theo first. */
    public static final List<String> TESTERS = List.of(TESTER, OTHER_TESTER, "tara", "tomas", "tina");

    /** A demo user and its realm role. */
    public record DemoUser(String username, String role) {
    }

    /** Every demo user with its realm role. */
    public static final List<DemoUser> ALL = List.of(
            new DemoUser(OPS_LEAD, "ops-lead"),
            new DemoUser(ON_CALL, "on-call"),
            new DemoUser(SECOND_ON_CALL, "on-call"),
            new DemoUser(TESTERS.get(0), "tester"),
            new DemoUser(TESTERS.get(1), "tester"),
            new DemoUser(TESTERS.get(2), "tester"),
            new DemoUser(TESTERS.get(3), "tester"),
            new DemoUser(TESTERS.get(4), "tester"),
            new DemoUser(STAKEHOLDER, "stakeholder"),
            new DemoUser(ADMIN, "admin"));

    /**
     * The demo team as members of a cutover: every demo user but the administrator (who reaches every
     * cutover without a membership), each in its realm role, and the demo machines (CI, monitoring,
     * chat bot) in theirs. What a test's cutover is announced with
     * unless the test is about membership.
     */
    public static List<CutoverMember> team() {
        List<CutoverMember> team = new java.util.ArrayList<>(ALL.stream().filter(u -> !u.role().equals("admin"))
                .map(u -> new CutoverMember(u.username(), u.role())).toList());
        DemoMachines.BY_ROLE.forEach((role, client) ->
                team.add(new CutoverMember(DemoMachines.serviceAccount(client), role)));
        return List.copyOf(team);
    }

    /** {@link #team()} as a request body's {@code members}: a list of {@code {member, role}} objects. */
    public static List<Map<String, String>> teamAsJson() {
        return team().stream().map(m -> Map.of("member", m.member(), "role", m.role())).toList();
    }

    private DemoUsers() {
    }
}
