package dev.golive.scheduling.trigger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneShotTest {

    private static final Instant AT = Instant.parse("2026-04-03T17:00:00Z");

    @Test
    void the_keys_cutover_triggers_sets_itself_are_refused_as_job_data() {
        for (String reserved : new String[] {"cutoverId", "triggerName", "dueAt"}) {
            assertThatThrownBy(() -> OneShot.fireOnceLate("A", AT, null, Map.of(reserved, "x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(reserved);
        }
    }

    @Test
    void the_description_defaults_to_the_name_and_the_data_is_copied() {
        OneShot shot = new OneShot("DOWNTIME_START", AT, null, null, OneShot.Misfire.SKIP);

        assertThat(shot.description()).isEqualTo("DOWNTIME_START");
        assertThat(shot.data()).isEmpty();
        assertThat(OneShot.fireOnceLate("A", AT, "d", Map.of()).misfire()).isEqualTo(OneShot.Misfire.FIRE_ONCE_LATE);
    }
}
