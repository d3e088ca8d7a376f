package dev.golive.testing.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.contracts.testing.CoverageChanged;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.testing.domain.Coverage;
import dev.golive.testing.domain.Scenario;
import dev.golive.testing.domain.SignOff;
import dev.golive.testing.domain.TestResult;
import dev.golive.testing.scenario.ScenarioRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * After every result: the coverage per area, announced (CoverageChanged) when it differs from the
 * last one announced, and the sign-off, announced once (WeekendSignedOff) when every critical
 * scenario's latest result is PASSED. Callers hold the cutover's lock, so each change is announced once.
 */
@ApplicationScoped
public class CoverageTracker {

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** The coverage now, from the cutover's scenarios and every result recorded. */
    public Snapshot now(UUID cutoverId) {
        List<Scenario> scenarios = ScenarioRow.domainOf(cutoverId);
        List<TestResult> results = ResultRow.ofCutover(cutoverId).stream().map(ResultRow::toDomain).toList();
        return new Snapshot(Coverage.of(scenarios, results), SignOff.ready(scenarios, results),
                SignOff.pending(scenarios, results));
    }

    public record Snapshot(Coverage coverage, boolean signOffReady, List<String> pendingCritical) {

        public List<CoverageChanged.AreaCoverage> areas() {
            return coverage.byArea().entrySet().stream()
                    .map(e -> new CoverageChanged.AreaCoverage(e.getKey().name(), e.getValue().scenarios(),
                            e.getValue().passed(), e.getValue().failed(), e.getValue().blocked(),
                            e.getValue().criticalTotal(), e.getValue().criticalPassed()))
                    .toList();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void afterResult(UUID cutoverId, Instant now) {
        Snapshot snapshot = now(cutoverId);
        List<CoverageChanged.AreaCoverage> areas = snapshot.areas();
        String announced = write(areas);
        CoverageState state = CoverageState.findById(cutoverId);
        if (state == null) {
            state = new CoverageState();
            state.cutoverId = cutoverId;
            state.coverage = "";
            state.updatedAt = now;
            state.persist();
        }
        if (!announced.equals(state.coverage)) {
            state.coverage = announced;
            state.updatedAt = now;
            outbox.append(new CoverageChanged(cutoverId.toString(), areas, now));
        }
        if (snapshot.signOffReady() && state.signedOffAt == null) {
            state.signedOffAt = now;
            Coverage.Counts total = snapshot.coverage().total();
            outbox.append(new WeekendSignedOff(cutoverId.toString(), total.criticalTotal(), total.scenarios(),
                    total.passed(), now));
        }
    }

    public Instant signedOffAt(UUID cutoverId) {
        CoverageState state = CoverageState.findById(cutoverId);
        return state == null ? null : state.signedOffAt;
    }

    private String write(List<CoverageChanged.AreaCoverage> areas) {
        try {
            return json.writeValueAsString(areas);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
