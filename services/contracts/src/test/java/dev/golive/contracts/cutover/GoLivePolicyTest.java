package dev.golive.contracts.cutover;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class GoLivePolicyTest {

    @Test
    void a_partial_policy_takes_only_its_missing_fields_from_the_base() {
        GoLivePolicy partial = new GoLivePolicy(null, LocalTime.of(18, 30), Duration.ofHours(6), null, null, null,
                null, null, null, null, null, null, null);

        GoLivePolicy complete = partial.orElse(GoLivePolicy.defaults());

        assertThat(complete.downtimeStartTime()).isEqualTo(LocalTime.of(18, 30));
        assertThat(complete.expectedDowntime()).isEqualTo(Duration.ofHours(6));
        assertThat(complete.technicalReview()).isEqualTo(GoLivePolicy.defaults().technicalReview());
        assertThat(complete.downtimeDay()).isEqualTo(GoLivePolicy.defaults().downtimeDay());
        assertThat(GoLivePolicy.defaults().orElse(partial)).isEqualTo(GoLivePolicy.defaults());
    }
}
