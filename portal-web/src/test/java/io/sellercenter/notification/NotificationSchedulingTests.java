package io.sellercenter.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The sender runs on its own every poll interval, unless this instance is told not to.
 */
class NotificationSchedulingTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Sender.class, NotificationScheduling.class)
		.withPropertyValues("portal.notifications.poll-interval=50ms");

	@Test
	void senderRunsEveryPollInterval() {
		this.contexts.run((context) -> {
			OutboxSender sender = context.getBean(OutboxSender.class);
			// A first look of three calls (two full batches, then none), and more looks
			// after it.
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> verify(sender, atLeast(5)).sendDue());
		});
	}

	@Test
	void senderDoesNotRunWhereItIsSwitchedOff() {
		this.contexts.withPropertyValues("portal.notifications.sender-enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(NotificationScheduling.class));
	}

	@Test
	void oneLookDrainsFullBatchesUpToALimit() {
		OutboxSender sender = mock(OutboxSender.class);
		given(sender.sendDue()).willReturn(20, 20, 7);
		NotificationScheduling scheduling = new NotificationScheduling(sender, mock(Outbox.class), properties());

		scheduling.sendDue();
		verify(sender, times(3)).sendDue();

		given(sender.sendDue()).willReturn(20);
		scheduling.sendDue();
		verify(sender, times(3 + 10)).sendDue();
	}

	@Test
	void purgeDeletesFullBatchesUntilFewerAreLeftUpToALimit() {
		Outbox outbox = mock(Outbox.class);
		given(outbox.purge(Duration.ofDays(30), 1000)).willReturn(1000, 1000, 3);
		NotificationScheduling scheduling = new NotificationScheduling(mock(OutboxSender.class), outbox, properties());

		scheduling.purge();
		verify(outbox, times(3)).purge(Duration.ofDays(30), 1000);

		given(outbox.purge(Duration.ofDays(30), 1000)).willReturn(1000);
		scheduling.purge();
		verify(outbox, times(3 + 100)).purge(Duration.ofDays(30), 1000);
	}

	@Test
	void aFailingLookIsLoggedAndTheNextOneTriesAgain() {
		OutboxSender sender = mock(OutboxSender.class);
		given(sender.sendDue()).willThrow(new IllegalStateException("database away")).willReturn(0);
		NotificationScheduling scheduling = new NotificationScheduling(sender, mock(Outbox.class), properties());

		scheduling.sendDue();
		scheduling.sendDue();
		verify(sender, times(2)).sendDue();
	}

	private static NotificationProperties properties() {
		return new NotificationProperties(true, Duration.ofSeconds(2), 20, Duration.ofMinutes(10), "portal@test", null,
				Duration.ofSeconds(5), null,
				new NotificationProperties.Retry(8, Duration.ofMinutes(1), Duration.ofHours(1)), Duration.ofDays(30));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationProperties.class)
	static class Sender {

		/**
		 * Claims a full batch twice, then finds the outbox empty: three calls in one
		 * look.
		 */
		@Bean
		OutboxSender outboxSender() {
			OutboxSender sender = mock(OutboxSender.class);
			given(sender.sendDue()).willReturn(20, 20, 0);
			return sender;
		}

		@Bean
		Outbox outbox() {
			return mock(Outbox.class);
		}

	}

}
