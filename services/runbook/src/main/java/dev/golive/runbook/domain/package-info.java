/**
 * The runbook's rules, free of Quarkus, JPA and Kafka: the task plan and its validation, the planned
 * times from the milestones, the projection from the actual times so far (critical path, projected
 * ready-for-business, crossing the point of no return), overdue tasks, go/no-go readiness, the
 * task state machine and the built-in template.
 */
package dev.golive.runbook.domain;
