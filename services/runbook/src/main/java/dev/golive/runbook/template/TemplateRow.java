package dev.golive.runbook.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An editable template (the built-in one lives in code and is never stored). Tasks as JSON. */
@Entity
@Table(name = "runbook_template")
public class TemplateRow extends PanacheEntityBase {

    @Id
    @Column(name = "template_id")
    public String templateId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(nullable = false)
    public String tasks;

    @Column(name = "rollback_tasks", nullable = false)
    public String rollbackTasks;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
