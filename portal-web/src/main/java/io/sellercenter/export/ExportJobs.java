package io.sellercenter.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the export history true on every instance: the heartbeat of this instance's
 * running exports, and the sweep that marks failed the RUNNING exports no portal runs any
 * more (at start-up, for those this instance left behind when it stopped, and then
 * regularly, for those of instances that died). The sweep is one conditional UPDATE, safe
 * on any number of instances at once.
 */
@Component
@ConditionalOnProperty(name = "portal.exports.jobs-enabled", havingValue = "true", matchIfMissing = true)
class ExportJobs {

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	private final Exports exports;

	ExportJobs(Exports exports) {
		this.exports = exports;
	}

	@Scheduled(fixedDelayString = "${portal.exports.heartbeat-interval:15s}")
	void heartbeat() {
		this.exports.heartbeat();
	}

	@EventListener(ApplicationReadyEvent.class)
	void sweepAtStartUp() {
		sweep();
	}

	@Scheduled(fixedDelayString = "${portal.exports.sweep-interval:30s}",
			initialDelayString = "${portal.exports.sweep-interval:30s}")
	void sweep() {
		try {
			this.exports.sweep();
		}
		catch (RuntimeException ex) {
			// the database is away; the next sweep will do
			log.warn("Export sweep failed: {}", ex.getMessage());
		}
	}

}
