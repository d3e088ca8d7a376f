package dev.golive.runbook.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.problems.ProblemException;
import dev.golive.problems.Violations;
import dev.golive.problems.json.TextRules;
import dev.golive.runbook.domain.OdooShGoLive;
import dev.golive.runbook.domain.RunbookTemplate;
import dev.golive.runbook.domain.TaskGraph;
import dev.golive.runbook.domain.TemplateTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The templates: the built-in "Odoo.sh go-live" (read-only) and the copies ops leads edit. */
@ApplicationScoped
public class Templates {

    private static final TypeReference<List<TemplateTask>> TASKS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Clock clock;

    public Templates(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** The body of a POST or PUT. */
    public record TemplateRequest(String name, String description, String copyOf, List<TemplateTask> tasks,
                                  List<TemplateTask> rollbackTasks) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RunbookTemplate> all() {
        List<RunbookTemplate> all = new ArrayList<>();
        all.add(OdooShGoLive.TEMPLATE);
        TemplateRow.<TemplateRow>list("ORDER BY name, templateId").forEach(row -> all.add(read(row)));
        return all;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RunbookTemplate> find(String templateId) {
        if (OdooShGoLive.ID.equals(templateId)) {
            return Optional.of(OdooShGoLive.TEMPLATE);
        }
        return Optional.ofNullable(TemplateRow.<TemplateRow>findById(templateId)).map(this::read);
    }

    @Transactional
    public RunbookTemplate create(TemplateRequest request, String by) {
        RunbookTemplate base = null;
        if (request.copyOf() != null) {
            base = find(request.copyOf()).orElseThrow(() -> ProblemException.invalid("copyOf",
                    "'" + request.copyOf() + "' is not a template"));
        }
        List<TemplateTask> tasks = request.tasks() != null ? request.tasks() : base != null ? base.tasks() : List.of();
        List<TemplateTask> rollback = request.rollbackTasks() != null ? request.rollbackTasks()
                : base != null ? base.rollbackTasks() : List.of();
        String name = request.name() != null ? request.name() : base != null ? "Copy of " + base.name() : null;
        String description = request.description() != null ? request.description() : base != null ? base.description() : null;
        validate(name, description, tasks, rollback);
        TemplateRow row = new TemplateRow();
        row.templateId = UUID.randomUUID().toString();
        row.createdBy = by;
        row.createdAt = clock.instant();
        write(row, name, description, tasks, rollback);
        row.persist();
        return read(row);
    }

    @Transactional
    public RunbookTemplate update(String templateId, TemplateRequest request) {
        if (OdooShGoLive.ID.equals(templateId)) {
            throw ProblemException.conflict("built-in-template", "the built-in template '" + OdooShGoLive.NAME
                    + "' is read-only: copy it (POST with copyOf) and edit the copy", List.of("built-in-template"));
        }
        TemplateRow row = TemplateRow.findById(templateId);
        if (row == null) {
            throw ProblemException.notFound("template", templateId);
        }
        RunbookTemplate now = read(row);
        List<TemplateTask> tasks = request.tasks() != null ? request.tasks() : now.tasks();
        List<TemplateTask> rollback = request.rollbackTasks() != null ? request.rollbackTasks() : now.rollbackTasks();
        String name = request.name() != null ? request.name() : now.name();
        String description = request.description() != null ? request.description() : now.description();
        validate(name, description, tasks, rollback);
        write(row, name, description, tasks, rollback);
        return read(row);
    }

    private static void validate(String name, String description, List<TemplateTask> tasks, List<TemplateTask> rollback) {
        Violations violations = new Violations();
        if (name == null || name.isBlank()) {
            violations.add("name", "is required");
        } else if (TextRules.violation(name, TaskGraph.MAX_TITLE) != null) {
            violations.add("name", TextRules.violation(name, TaskGraph.MAX_TITLE));
        }
        if (TextRules.violation(description, TaskGraph.MAX_DESCRIPTION) != null) {
            violations.add("description", TextRules.violation(description, TaskGraph.MAX_DESCRIPTION));
        }
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i) == null || tasks.get(i).key() == null || tasks.get(i).key().isBlank()) {
                violations.add("tasks[" + i + "].key", "is required");
            }
        }
        violations.refuse();
        violations.addAll(TaskGraph.violations(RunbookTemplate.asSpecs(tasks), "tasks"));
        violations.addAll(TaskGraph.violations(RunbookTemplate.asSpecs(rollback), "rollbackTasks"));
        violations.refuse();
    }

    private void write(TemplateRow row, String name, String description, List<TemplateTask> tasks,
                       List<TemplateTask> rollback) {
        row.name = name;
        row.description = description;
        try {
            row.tasks = json.writeValueAsString(tasks);
            row.rollbackTasks = json.writeValueAsString(rollback);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        row.updatedAt = clock.instant();
    }

    private RunbookTemplate read(TemplateRow row) {
        try {
            return new RunbookTemplate(row.templateId, row.name, row.description, false,
                    json.readValue(row.tasks, TASKS), json.readValue(row.rollbackTasks, TASKS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("template " + row.templateId + " cannot be read", e);
        }
    }
}
