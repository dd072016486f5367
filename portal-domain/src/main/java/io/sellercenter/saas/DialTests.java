package io.sellercenter.saas;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * 拨测: twice a day (02:00 and 14:00 UTC) every saved case of a SaaS product on sale runs
 * once, however many portal instances sweep at once: a case is taken for the slot by a
 * conditional update of its next slot (only one instance's update finds the old value),
 * and called after that short update committed. Failing runs notify the merchant
 * ({@link DebugService}). Once a UTC day is over it is judged per product: five failing
 * days in a row flag the product for operators, a passing day clears the flag.
 */
@Service
public class DialTests {

	private static final Logger log = LoggerFactory.getLogger(DialTests.class);

	/** The dial slots, UTC. */
	static final List<LocalTime> SLOTS = List.of(LocalTime.of(2, 0), LocalTime.of(14, 0));

	/** Consecutive failing days that flag a product. */
	public static final int FLAG_DAYS = 5;

	private final CaseMapper cases;

	private final DebugService debug;

	private final Clock clock;

	DialTests(CaseMapper cases, DebugService debug, Clock clock) {
		this.cases = cases;
		this.debug = debug;
		this.clock = clock;
	}

	/** The first dial slot strictly after {@code now} (UTC). */
	public static LocalDateTime nextSlot(LocalDateTime now) {
		for (LocalTime slot : SLOTS) {
			LocalDateTime at = now.toLocalDate().atTime(slot);
			if (at.isAfter(now)) {
				return at;
			}
		}
		return now.toLocalDate().plusDays(1).atTime(SLOTS.get(0));
	}

	/**
	 * Runs up to {@code batch} due cases that this caller claims.
	 * @return the due cases seen; fewer than {@code batch} when no more are due
	 */
	public int runDue(int batch) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		List<CaseMapper.DueCase> due = this.cases.dueCases(now, batch);
		LocalDateTime next = nextSlot(now);
		for (CaseMapper.DueCase candidate : due) {
			if (this.cases.claim(candidate.merchantId(), candidate.id(), candidate.nextDialAt(), next) != 1) {
				continue;
			}
			MerchantId merchant = new MerchantId(candidate.merchantId());
			try {
				this.cases.caseById(merchant, candidate.id())
					.ifPresent((c) -> this.debug.run(merchant, c, CaseRunKind.DIAL));
			}
			catch (RuntimeException ex) {
				// This case waits for the next slot; the others still run.
				log.warn("Dial test of case {} failed to run", candidate.id(), ex);
			}
		}
		return due.size();
	}

	/**
	 * Judges yesterday (UTC) for every product that had dial runs then; a day already
	 * judged is left alone, so every instance may call this.
	 */
	public void judgeYesterday() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDate day = now.toLocalDate().minusDays(1);
		for (CaseMapper.DialDay dialed : this.cases.dialedOn(day.atStartOfDay(), day.plusDays(1).atStartOfDay())) {
			this.cases.judge(dialed.productId(), dialed.merchantId(), day, dialed.failed(), FLAG_DAYS, now);
		}
	}

	/** Flagged products, most recently flagged first. */
	public List<DialFlag> flags() {
		return this.cases.flags(200);
	}

}
