package dev.golive.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.golive.notification.domain.Facts.AT;
import static dev.golive.notification.domain.Facts.CUTOVER_NAME;
import static dev.golive.notification.domain.Facts.CUTOVER_ZONE;

/** Makes the notices of one source (an event, a reminder, an update, a page) of one cutover. */
record NoticeMaker(String sourceId, String sourceType, CutoverContext context) {

    /** The facts every notice starts with: the cutover's name and zone as the hub knows them. */
    FactSheet facts() {
        return facts(context.name(), context.zone().getId());
    }

    /** The facts every notice starts with, as the event itself says them (a missing name falls back to the hub's). */
    FactSheet facts(String name, String zone) {
        FactSheet f = new FactSheet();
        return f.put(CUTOVER_NAME, name == null ? context.name() : name).put(CUTOVER_ZONE, zone);
    }

    List<Notice> one(NoticeKind kind, Severity severity, Instant at, FactSheet facts) {
        return List.of(notice(kind, severity, at, facts, Optional.empty()));
    }

    Notice notice(NoticeKind kind, Severity severity, Instant at, FactSheet facts, Optional<String> onlyFor) {
        facts.put(AT, at);
        return new Notice(kind, severity, context.cutoverId(), sourceId, sourceType, facts.values(), onlyFor);
    }
}
