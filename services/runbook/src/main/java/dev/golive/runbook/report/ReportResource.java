package dev.golive.runbook.report;

import dev.golive.contracts.Roles;
import dev.golive.runbook.plan.LoadedRunbook;
import dev.golive.runbook.plan.RunbookService;
import dev.golive.runbook.plan.TaskRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The post-go-live report: planned against actual for every task (how late each finished), then the
 * weekend's timeline (task moves, decisions, gate changes, incidents, observed facts, notifications sent),
 * as JSON or as a Markdown file with times in the cutover's zone and their offset.
 */
@Path("/api/cutovers/{cutoverId}/runbook")
@RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
public class ReportResource {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm xxx", java.util.Locale.ENGLISH);

    private final RunbookService runbooks;
    private final Clock clock;

    public ReportResource(RunbookService runbooks, Clock clock) {
        this.runbooks = runbooks;
        this.clock = clock;
    }

    public record Report(String cutover, String zone, Instant generatedAt, List<TaskLine> tasks, List<TimelineLine> timeline) {
    }

    public record TaskLine(String title, String owner, Instant plannedStart, Instant plannedFinish, Instant actualStart,
                           Instant actualFinish, String status, Duration lateBy) {
    }

    public record TimelineLine(Instant at, String source, String kind, String text) {
    }

    @GET
    @Path("/report")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Report report(@PathParam("cutoverId") UUID cutoverId) {
        LoadedRunbook loaded = runbooks.readOrThrow(cutoverId);
        List<TaskLine> tasks = new ArrayList<>();
        List<TaskRow> rows = new ArrayList<>(loaded.main.inPlanOrder());
        if (loaded.cutover.rollbackActive()) {
            rows.addAll(loaded.rollback.inPlanOrder());
        }
        for (TaskRow row : rows) {
            Duration late = row.actualFinish != null && row.plannedFinish != null
                    && row.actualFinish.isAfter(row.plannedFinish) ? Duration.between(row.plannedFinish, row.actualFinish)
                    : row.actualFinish != null ? Duration.ZERO : null;
            String owner = row.ownerKind.name().toLowerCase(java.util.Locale.ROOT) + " " + row.ownerName;
            tasks.add(new TaskLine(row.title, owner, row.plannedStart, row.plannedFinish, row.actualStart,
                    row.actualFinish, row.status.name(), late));
        }
        List<TimelineLine> timeline = WeekendLog.of(cutoverId).stream()
                .map(l -> new TimelineLine(l.at, l.source, l.kind, l.text)).toList();
        return new Report(cutoverId.toString(), zone(loaded), clock.instant(), tasks, timeline);
    }

    @GET
    @Path("/report.md")
    @Produces("text/markdown")
    @Transactional
    public Response markdown(@PathParam("cutoverId") UUID cutoverId) {
        Report report = report(cutoverId);
        ZoneId zone = ZoneId.of(report.zone());
        StringBuilder md = new StringBuilder();
        md.append("# Go-live weekend report\n\n");
        md.append("Cutover `").append(report.cutover()).append("`, times in ").append(report.zone())
                .append(". Generated ").append(local(report.generatedAt(), zone)).append(".\n\n");
        md.append("## Tasks: planned and actual\n\n");
        md.append("| task | owner | planned start | planned finish | actual start | actual finish | status | late by |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (TaskLine t : report.tasks()) {
            md.append("| ").append(cell(t.title())).append(" | ").append(cell(t.owner())).append(" | ")
                    .append(local(t.plannedStart(), zone)).append(" | ").append(local(t.plannedFinish(), zone)).append(" | ")
                    .append(local(t.actualStart(), zone)).append(" | ").append(local(t.actualFinish(), zone)).append(" | ")
                    .append(t.status()).append(" | ").append(late(t.lateBy())).append(" |\n");
        }
        md.append("\n## Timeline\n\n");
        if (report.timeline().isEmpty()) {
            md.append("Nothing was recorded.\n");
        }
        for (TimelineLine l : report.timeline()) {
            md.append("- ").append(local(l.at(), zone)).append(" — **").append(l.source()).append("** ")
                    .append(cell(l.text())).append('\n');
        }
        return Response.ok(md.toString(), "text/markdown; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"runbook-report-" + cutoverId + ".md\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static String zone(LoadedRunbook loaded) {
        return loaded.cutover.zone != null ? loaded.cutover.zone : "UTC";
    }

    static String local(Instant at, ZoneId zone) {
        return at == null ? "—" : LOCAL.format(at.atZone(zone));
    }

    static String late(Duration late) {
        if (late == null) {
            return "—";
        }
        if (late.isZero()) {
            return "on time";
        }
        long minutes = late.toMinutes();
        return minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
