package dev.golive.notification.paging;

import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One one-shot trigger per open page, named by the page, at the deadline of its current step
 * ({@link CutoverTriggers} of kind {@code page-escalation}); stored with the step that set it, so a
 * restart loses no escalation.
 */
@ApplicationScoped
public class EscalationSchedule {

    static final String KIND = "page-escalation";

    private final CutoverTriggers triggers;

    public EscalationSchedule(CutoverTriggers triggers) {
        this.triggers = triggers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(UUID cutoverId, UUID pageId, Instant deadline) {
        triggers.schedule(KIND, cutoverId, EscalationJob.class,
                OneShot.fireOnceLate(pageId.toString(), deadline, "escalation of page " + pageId, Map.of()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID cutoverId, UUID pageId) {
        triggers.remove(KIND, cutoverId, pageId.toString());
    }
}
