package dev.golive.planner.domain;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may be named a member of a cutover or of a client's standing team: a user name as the identity
 * provider spells it (letters, digits and {@code . _ - @ +}, at most {@value #MAX_NAME} characters),
 * in one of the roles a cutover has (a machine's service account, {@code service-account-<client>}, in
 * its machine role); at most {@value #MAX_MEMBERS} members. A cutover always keeps an
 * ops lead, or nobody could change it any more but an administrator.
 */
public final class MemberRules {

    public static final int MAX_NAME = 255;
    public static final int MAX_MEMBERS = 500;
    public static final Set<String> ROLES = Set.of(Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER,
            Roles.CI_PIPELINE, Roles.MONITORING, Roles.CHAT_BOT);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@+-]+");

    private MemberRules() {
    }

    /** The violations of a cutover's own members; {@code needsOpsLead} for a cutover (not a client). */
    public static List<FieldViolation> check(List<CutoverMember> members, boolean needsOpsLead) {
        List<FieldViolation> violations = new ArrayList<>();
        if (members == null) {
            violations.add(new FieldViolation("members", "is required (a list of {member, role})"));
            return violations;
        }
        if (members.size() > MAX_MEMBERS) {
            violations.add(new FieldViolation("members", "must have at most " + MAX_MEMBERS + " entries"));
            return violations;
        }
        Set<CutoverMember> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            CutoverMember member = members.get(i);
            String at = "members[" + i + "]";
            if (member == null) {
                violations.add(new FieldViolation(at, "must be {member, role}"));
                continue;
            }
            if (member.member() == null || member.member().isBlank()) {
                violations.add(new FieldViolation(at + ".member", "is required"));
            } else if (member.member().length() > MAX_NAME) {
                violations.add(new FieldViolation(at + ".member", "must be at most " + MAX_NAME + " characters"));
            } else if (!NAME.matcher(member.member()).matches()) {
                violations.add(new FieldViolation(at + ".member",
                        "must be a user name: letters, digits and . _ - @ + only"));
            }
            if (member.role() == null || !ROLES.contains(member.role())) {
                violations.add(new FieldViolation(at + ".role", "must be one of " + String.join(", ", ROLES.stream().sorted().toList())));
            }
            if (!seen.add(member)) {
                violations.add(new FieldViolation(at, "is listed twice"));
            }
        }
        if (violations.isEmpty() && needsOpsLead
                && members.stream().noneMatch(m -> Roles.OPS_LEAD.equals(m.role()))) {
            violations.add(new FieldViolation("members", "must keep at least one ops-lead"));
        }
        return violations;
    }
}
