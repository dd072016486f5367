package io.sellercenter.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.product.Viewer;

import org.springframework.stereotype.Service;

/**
 * What the merchant's home warns about: on-demand instances that sent no usage for more
 * than two hours while in use, and rejected records whose re-report window closes within
 * the hour.
 */
@Service
public class UsageAlarms {

	static final Duration SILENCE = Duration.ofHours(2);

	static final Duration CLOSING = Duration.ofHours(1);

	private static final int SHOWN = 10;

	private final AlarmMapper mapper;

	private final Clock clock;

	UsageAlarms(AlarmMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	public record Alarms(List<SilentInstance> silent, List<UsageEntry> closing) {

		public boolean any() {
			return !this.silent.isEmpty() || !this.closing.isEmpty();
		}

	}

	/** The first ten of each, as the home page shows them. */
	public Alarms of(Viewer viewer) {
		return of(viewer, SHOWN);
	}

	public Alarms of(Viewer viewer, int limit) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		return new Alarms(this.mapper.silent(viewer, now.minus(SILENCE), limit),
				this.mapper.closing(viewer, now, now.plus(CLOSING), limit));
	}

}
