package dev.golive.rollback.domain;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * An edit of what an incident says, for {@link Incident#revise}: the fields it names take their new
 * value, the others stay as they are. A null value clears an optional field ({@code description},
 * {@code estimatedTimeToFix}); for a required one it leaves the revised incident invalid, which
 * {@link IncidentRules} then reports. The id, cutover, source, source reference and report time are
 * not editable.
 *
 * <p>Built by naming fields one by one (each setter names its field); an edit naming nothing changes
 * nothing.
 */
public final class IncidentEdit {

    private enum Field { TITLE, DESCRIPTION, BUSINESS_FLOW, SEVERITY, SYSTEM_USABLE, DATA_INTEGRITY_AT_RISK,
        WORKAROUND_EXISTS, ESTIMATED_TIME_TO_FIX, STATUS }

    private final Set<Field> named = EnumSet.noneOf(Field.class);
    private String title;
    private String description;
    private BusinessFlow businessFlow;
    private Severity severity;
    private boolean systemUsable;
    private boolean dataIntegrityAtRisk;
    private boolean workaroundExists;
    private Duration estimatedTimeToFix;
    private IncidentStatus status;

    /**
     * Everything {@code said} says of the problem, all but its status: what a repeated detection
     * of another service says again, replacing what the incident said before.
     */
    public static IncidentEdit detailsOf(Incident said) {
        return new IncidentEdit().title(said.title()).description(said.description()).businessFlow(said.businessFlow())
                .severity(said.severity()).systemUsable(said.systemUsable()).dataIntegrityAtRisk(said.dataIntegrityAtRisk())
                .workaroundExists(said.workaroundExists()).estimatedTimeToFix(said.estimatedTimeToFix());
    }

    public IncidentEdit title(String value) {
        title = value;
        named.add(Field.TITLE);
        return this;
    }

    public IncidentEdit description(String value) {
        description = value;
        named.add(Field.DESCRIPTION);
        return this;
    }

    public IncidentEdit businessFlow(BusinessFlow value) {
        businessFlow = value;
        named.add(Field.BUSINESS_FLOW);
        return this;
    }

    public IncidentEdit severity(Severity value) {
        severity = value;
        named.add(Field.SEVERITY);
        return this;
    }

    public IncidentEdit systemUsable(boolean value) {
        systemUsable = value;
        named.add(Field.SYSTEM_USABLE);
        return this;
    }

    public IncidentEdit dataIntegrityAtRisk(boolean value) {
        dataIntegrityAtRisk = value;
        named.add(Field.DATA_INTEGRITY_AT_RISK);
        return this;
    }

    public IncidentEdit workaroundExists(boolean value) {
        workaroundExists = value;
        named.add(Field.WORKAROUND_EXISTS);
        return this;
    }

    public IncidentEdit estimatedTimeToFix(Duration value) {
        estimatedTimeToFix = value;
        named.add(Field.ESTIMATED_TIME_TO_FIX);
        return this;
    }

    /** A status to move to; whether the incident may move so is the {@link IncidentRevision}'s to say. */
    public IncidentEdit status(IncidentStatus value) {
        status = value;
        named.add(Field.STATUS);
        return this;
    }

    /** {@code current} with the named fields replaced. */
    Incident applyTo(Incident current) {
        return new Incident(current.id(), current.cutoverId(),
                named.contains(Field.TITLE) ? title : current.title(),
                named.contains(Field.DESCRIPTION) ? description : current.description(),
                named.contains(Field.BUSINESS_FLOW) ? businessFlow : current.businessFlow(),
                named.contains(Field.SEVERITY) ? severity : current.severity(),
                named.contains(Field.SYSTEM_USABLE) ? systemUsable : current.systemUsable(),
                named.contains(Field.DATA_INTEGRITY_AT_RISK) ? dataIntegrityAtRisk : current.dataIntegrityAtRisk(),
                named.contains(Field.WORKAROUND_EXISTS) ? workaroundExists : current.workaroundExists(),
                named.contains(Field.ESTIMATED_TIME_TO_FIX) ? estimatedTimeToFix : current.estimatedTimeToFix(),
                named.contains(Field.STATUS) ? status : current.status(),
                current.source(), current.sourceRef(), current.reportedAt());
    }
}
