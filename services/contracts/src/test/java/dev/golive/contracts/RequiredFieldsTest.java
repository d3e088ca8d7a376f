package dev.golive.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.ChecklistItemChanged;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.IntegrationRegistered;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.contracts.notification.PageEscalated;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.staging.CustomModuleAttemptRecorded;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.contracts.staging.SummaryItemResolved;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.ResultRecorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every event of the catalogue refuses to be read without its required fields, so a consumer
 * dead-letters it instead of applying half an event.
 */
class RequiredFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The fields some producer leaves empty, found where each event is made in the services (the
     * producer and the case are named). Every other field is required.
     */
    private static final Map<Class<?>, Set<String>> OPTIONAL = Map.ofEntries(
            // cutover-planner: cutovers planned before membership existed were announced without members.
            entry(CutoverPlanned.class, Set.of("members")),
            // cutover-planner: a status change through the API needs no reason; a window moved by PUT /window neither.
            entry(CutoverStatusChanged.class, Set.of("reason")),
            entry(GoLiveWindowRescheduled.class, Set.of("reason", "holidayChoice")),
            // a weekend without a public holiday chosen over it (ADR 0022), and events published before it.
            entry(GoLiveWindowScheduled.class, Set.of("holidayChoice")),
            // cutover-planner: no DOWNTIME_START milestone row at the go/no-go.
            entry(GoNoGoRecommended.class, Set.of("downtimeStart")),
            // staging-refresh: a successful attempt has no error category; a log is sent only when there is one.
            entry(CustomModuleAttemptRecorded.class, Set.of("errorCategory", "logExcerpt")),
            // staging-refresh: a failed or abandoned rehearsal has no standard upgrade or successful attempt duration.
            entry(RehearsalCompleted.class, Set.of("standardUpgradeDuration", "successfulAttemptDuration")),
            // staging-refresh: model, field and owner are stored blank-to-null.
            entry(SummaryItemRaised.class, Set.of("model", "field", "owner")),
            entry(SummaryItemResolved.class, Set.of("model", "field")),
            // staging-refresh: no window (deadline) or no successful rehearsal known yet.
            entry(StagingRefreshDue.class, Set.of("refreshDeadline", "lastSuccessfulRehearsalId", "latenessMillis")),
            entry(StagingReadinessChanged.class, Set.of("basedOnRehearsalId")),
            // integration-readiness and weekend-testing send no estimate; the incident rules make a description optional.
            entry(IncidentDetected.class, Set.of("description", "estimatedTimeToFix")),
            // rollback-decision: an incident reported through the API has no source reference.
            entry(IncidentReported.class, Set.of("description", "estimatedTimeToFix", "sourceRef")),
            entry(IncidentUpdated.class, Set.of("description", "estimatedTimeToFix")),
            // Added after publication: how late the deadline that made the event fired (absent from older events;
            // absent too when no deadline made it: a StagingRefreshDue after a change, a probe run on request).
            entry(PointOfNoReturnApproaching.class, Set.of("latenessMillis")),
            entry(PointOfNoReturnPassed.class, Set.of("latenessMillis")),
            entry(LiveVerificationCompleted.class, Set.of("latenessMillis")),
            // rollback-decision: added after publication (older events named every open incident and counted none).
            entry(RollbackAssessmentChanged.class, Set.of("openIncidentCount")),
            // rollback-decision: a decision taken before any assessment.
            entry(RollbackDecided.class, Set.of("basedOnAssessmentId")),
            // integration-readiness: owner stored blank-to-null; a reopened checklist item has no evidence nor
            // checker, one checked by a person no reason; a probe that got no answer has no status, time nor
            // certificate; the readiness of all the cutover's integrations has no integration id.
            entry(IntegrationRegistered.class, Set.of("owner")),
            entry(ChecklistItemChanged.class, Set.of("evidence", "checkedBy", "reason")),
            entry(ProbeCompleted.class, Set.of("httpStatus", "responseTimeMillis", "certificateExpiresAt", "latenessMillis")),
            entry(IntegrationReadinessChanged.class, Set.of("integrationId")),
            // weekend-testing: a tester row may be gone; notes are optional.
            entry(AssignmentChanged.class, Set.of("testerUsername")),
            entry(ResultRecorded.class, Set.of("notes", "round", "rehearsalId")),
            // notification-hub: the last level has no acknowledgement deadline; EXHAUSTED pages nobody.
            entry(PageSent.class, Set.of("acknowledgeBy")),
            entry(PageEscalated.class, Set.of("toRecipientId", "latenessMillis")),
            // cutover-planner: a cutover without a window has no planned instant to compare with.
            entry(WeekendFactObserved.class, Set.of("plannedAt")),
            // staging-refresh: production's size is not always known; a plausible forecast needs no reason.
            entry(UpgradeForecastChanged.class, Set.of("sizeRatio", "reason")),
            // runbook: a task not started has no actual times; only skips and failures carry a reason;
            // a cutover without a window has no resume or point of no return to measure against.
            entry(RunbookTaskChanged.class, Set.of("observes", "actualStart", "actualFinish", "reason")),
            entry(RunbookTaskOverdue.class, Set.of("latenessMillis")),
            entry(RunbookProjectionChanged.class, Set.of("projectedSystemBackAt", "businessResumeAt", "pointOfNoReturnAt", "marginToBusinessResume")));

    static List<EventType<?>> catalogue() {
        return EventCatalog.all();
    }

    @Test
    void every_type_of_the_catalogue_has_an_example_with_every_field_filled_in() {
        for (EventType<?> type : EventCatalog.all()) {
            GoliveEvent example = ExampleEvents.of(type);
            assertThat(example).as("example of %s", type.name()).isInstanceOf(type.recordClass());
            for (RecordComponent component : type.recordClass().getRecordComponents()) {
                assertThat(value(example, component)).as("%s.%s", type.name(), component.getName()).isNotNull();
            }
        }
    }

    @Test
    void the_optional_fields_are_marked_in_the_records_and_nothing_else_is() {
        Map<Class<?>, Set<String>> marked = EventCatalog.all().stream()
                .map(EventType::recordClass)
                .filter(recordClass -> !optionalIn(recordClass).isEmpty())
                .collect(Collectors.toMap(recordClass -> recordClass, RequiredFieldsTest::optionalIn));
        assertThat(marked).isEqualTo(OPTIONAL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void a_fully_populated_event_survives_a_round_trip(EventType<?> type) {
        GoliveEvent example = ExampleEvents.of(type);
        assertThat(EventCodec.fromJson(type.name(), EventCodec.toJson(example).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void an_event_with_only_its_cutover_id_is_refused_naming_every_missing_required_field(EventType<?> type) {
        String required = Arrays.stream(type.recordClass().getRecordComponents())
                .map(RecordComponent::getName)
                .filter(name -> !name.equals("cutoverId"))
                .filter(name -> !OPTIONAL.getOrDefault(type.recordClass(), Set.of()).contains(name))
                .collect(Collectors.joining(", "));

        assertThatThrownBy(() -> EventCodec.fromJson(type.name(), json("{\"cutoverId\":\"c-1\"}")))
                .isInstanceOf(EventCodec.UnreadableEventException.class)
                .hasMessage(type.name() + " is missing required fields: " + required);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void an_event_without_its_optional_fields_is_read_with_them_empty(EventType<?> type) throws Exception {
        Set<String> optional = OPTIONAL.getOrDefault(type.recordClass(), Set.of());
        ObjectNode tree = (ObjectNode) JSON.readTree(EventCodec.toJson(ExampleEvents.of(type)));
        tree.remove(optional);

        GoliveEvent read = EventCodec.fromJson(type.name(), json(tree.toString()));

        for (RecordComponent component : type.recordClass().getRecordComponents()) {
            Object value = value(read, component);
            if (optional.contains(component.getName())) {
                assertThat(value).as(component.getName()).isNull();
            } else {
                assertThat(value).as(component.getName()).isEqualTo(value(ExampleEvents.of(type), component));
            }
        }
    }

    @Test
    void a_cutover_planned_with_only_its_id_names_every_field_the_issue_saw_missing() {
        assertThatThrownBy(() -> EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(),
                json("{\"cutoverId\":\"7d1c2b9e-3f4a-4e6b-9c8d-1a2b3c4d5e6f\"}")))
                .isInstanceOf(EventCodec.UnreadableEventException.class)
                .hasMessage("golive.cutover.CutoverPlanned.v1 is missing required fields: name, client, erpProduct, "
                        + "sourceVersion, targetVersion, upgradePath, zone, onCallTeam, policy, blackouts, plannedBy, "
                        + "plannedAt");
    }

    @Test
    void an_absent_primitive_is_missing_rather_than_read_as_zero() throws Exception {
        ObjectNode window = tree(EventCatalog.GO_LIVE_WINDOW_SCHEDULED);
        window.remove("windowRevision");

        assertThatThrownBy(() -> EventCodec.fromJson(EventCatalog.GO_LIVE_WINDOW_SCHEDULED.name(),
                json(window.toString())))
                .hasMessage("golive.cutover.GoLiveWindowScheduled.v1 is missing required fields: windowRevision");
    }

    @Test
    void a_required_field_written_as_null_is_missing_too() throws Exception {
        ObjectNode planned = tree(EventCatalog.CUTOVER_PLANNED);
        planned.putNull("name");
        planned.putNull("targetVersion");

        assertThatThrownBy(() -> EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(), json(planned.toString())))
                .hasMessage("golive.cutover.CutoverPlanned.v1 is missing required fields: name, targetVersion");
    }

    @Test
    void reading_by_record_class_checks_the_same_contract() {
        assertThatThrownBy(() -> EventCodec.read(dev.golive.contracts.cutover.CutoverPlanned.class,
                json("{\"cutoverId\":\"c-1\",\"name\":\"n\"}")))
                .isInstanceOf(EventCodec.UnreadableEventException.class)
                .hasMessageStartingWith("golive.cutover.CutoverPlanned.v1 is missing required fields: client, ");
    }

    @Test
    void fields_a_reader_does_not_know_are_still_ignored_when_the_required_ones_are_there() throws Exception {
        ObjectNode planned = tree(EventCatalog.CUTOVER_PLANNED);
        planned.put("addedInAFutureVersion", 42);

        assertThat(EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(), json(planned.toString())))
                .isEqualTo(ExampleEvents.of(EventCatalog.CUTOVER_PLANNED));
    }

    @Test
    void a_payload_that_is_not_an_object_is_unreadable() {
        assertThatThrownBy(() -> EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(), json("[1, 2]")))
                .isInstanceOf(EventCodec.UnreadableEventException.class)
                .hasMessage("payload is not a CutoverPlanned: not a JSON object");
    }

    private static ObjectNode tree(EventType<?> type) throws Exception {
        return (ObjectNode) JSON.readTree(EventCodec.toJson(ExampleEvents.of(type)));
    }

    private static Set<String> optionalIn(Class<?> recordClass) {
        return Arrays.stream(recordClass.getRecordComponents())
                .filter(component -> component.isAnnotationPresent(OptionalField.class))
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
    }

    private static Object value(GoliveEvent event, RecordComponent component) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
