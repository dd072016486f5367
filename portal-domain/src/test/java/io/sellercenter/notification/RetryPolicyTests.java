package io.sellercenter.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTests {

	@Test
	void delayDoublesFromTheFirstUpToTheCap() {
		RetryPolicy policy = new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(1));

		assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
		assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
		assertThat(policy.exhausted(7)).isFalse();
		assertThat(policy.exhausted(8)).isTrue();
	}

	@Test
	void nonsenseIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)));
	}

}
