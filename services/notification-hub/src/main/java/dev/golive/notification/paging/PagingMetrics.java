package dev.golive.notification.paging;

import dev.golive.notification.domain.PageStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The paging figure the weekend's operator is alerted on: how many pages are waiting for someone to
 * acknowledge them right now ({@code golive_paging_unacknowledged}). Counted in the database at each
 * scrape rather than kept in memory, so every instance reports the same truth and a restart loses
 * nothing; an exhausted page (every level passed unanswered) has already escalated as far as it can
 * and is not counted.
 */
@ApplicationScoped
public class PagingMetrics {

    private final MeterRegistry registry;

    public PagingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder("golive.paging.unacknowledged", this, PagingMetrics::openPages)
                .description("Pages waiting for the person paged to acknowledge them")
                .register(registry);
    }

    private double openPages() {
        return QuarkusTransaction.requiringNew().call(() -> PageRow.count("status", PageStatus.OPEN));
    }
}
