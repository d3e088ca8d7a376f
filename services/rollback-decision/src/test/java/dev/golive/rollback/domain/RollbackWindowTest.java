package dev.golive.rollback.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.golive.rollback.domain.Incidents.BUSINESS_RESUME;
import static dev.golive.rollback.domain.Incidents.PNR;
import static dev.golive.rollback.domain.Incidents.SYSTEM_BACK;
import static dev.golive.rollback.domain.Incidents.WINDOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RollbackWindowTest {

    @Test
    void the_point_of_no_return_must_come_before_business_resume() {
        assertThatThrownBy(() -> new RollbackWindow(SYSTEM_BACK, BUSINESS_RESUME, BUSINESS_RESUME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RollbackWindow(SYSTEM_BACK, BUSINESS_RESUME.plusSeconds(1), BUSINESS_RESUME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RollbackWindow(SYSTEM_BACK, null, BUSINESS_RESUME)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_system_that_came_back_after_the_point_of_no_return_is_a_valid_window() {
        RollbackWindow overran = new RollbackWindow(PNR.plusSeconds(3600), PNR, BUSINESS_RESUME);

        assertThat(overran.rollbackWouldLose(PNR.plusSeconds(5400))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void the_point_of_no_return_passes_at_its_very_instant() {
        assertThat(WINDOW.passed(PNR.minusNanos(1))).isFalse();
        assertThat(WINDOW.passed(PNR)).isTrue();
        assertThat(WINDOW.timeToPointOfNoReturn(PNR.minusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(WINDOW.timeToPointOfNoReturn(PNR.plusSeconds(90))).isEqualTo(Duration.ofSeconds(-90));
    }

    @Test
    void a_rollback_loses_what_was_entered_since_the_system_came_back() {
        assertThat(WINDOW.rollbackWouldLose(SYSTEM_BACK.plus(Duration.ofHours(20)))).isEqualTo(Duration.ofHours(20));
        assertThat(WINDOW.rollbackWouldLose(SYSTEM_BACK.minusSeconds(1))).isZero();
        assertThat(new RollbackWindow(null, PNR, BUSINESS_RESUME).rollbackWouldLose(PNR)).isZero();
        assertThat(new RollbackWindow(null, PNR, BUSINESS_RESUME).systemBackAt()).isEmpty();
    }
}
