package io.sellercenter.web;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The tone of a status badge, the same for a status wherever it is shown: done and well
 * ({@code badge-ok}), ended badly or refused ({@code badge-bad}), anything under way or
 * waiting ({@code badge-warn}). Templates show badges through
 * {@code fragments/badge :: badge}, which asks here ({@code @badges.tone(value)}).
 */
@Component("badges")
public class Badges {

	private static final Set<String> OK = Set.of("ACCEPTED", "ACTIVE", "APPROVED", "BILLED", "CERTIFIED", "COMPLETED",
			"FINISHED", "NORMAL", "ON_SALE", "SENT", "SUCCESS", "TRUE");

	private static final Set<String> BAD = Set.of("CANCELLED", "CLIENT_ABORTED", "DELISTED", "DISABLED", "FAILED",
			"REFUSED", "REJECTED", "RELEASED", "REMOVED", "FALSE");

	/** The badge class of a status (an enum, a boolean or its name). */
	public String tone(Object status) {
		String name = (status instanceof Enum<?> e) ? e.name() : String.valueOf(status).toUpperCase();
		return OK.contains(name) ? "badge-ok" : BAD.contains(name) ? "badge-bad" : "badge-warn";
	}

}
