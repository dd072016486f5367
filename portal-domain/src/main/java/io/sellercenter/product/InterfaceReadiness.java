package io.sellercenter.product;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.sellercenter.shared.MerchantId;

/**
 * Whether a SaaS product's production interface has passed the debug cases its charging
 * modes require (every mode: create, query and release; PERIOD also renew and update
 * status). Implemented by the saas feature, which depends on products and not the other
 * way round; the names are the wire names ({@code newInstance}) and the order charging
 * modes ({@code PERIOD}), rendered by the pages with {@code saas.activity.*} and
 * {@code orders.mode.*}.
 */
public interface InterfaceReadiness {

	/** One required case per charging mode and activity, in the order to show them. */
	List<Check> checks(MerchantId merchant, long productId, Set<ChargingMode> specModes);

	/**
	 * Runs the product's saved cases again, as a submission does, so the checks read what
	 * the interface answers now. Calls the merchant: never inside a transaction.
	 */
	default void runCases(MerchantId merchant, long productId) {
	}

	/** Whether every check passed. */
	static boolean ready(List<Check> checks) {
		return checks.stream().allMatch((check) -> check.status() == Status.PASSED);
	}

	enum Status {

		/** The latest run of a saved case for it passed. */
		PASSED,
		/** The latest run of a saved case for it failed. */
		FAILED,
		/** No case is saved for it. */
		MISSING

	}

	/**
	 * @param chargingMode the order charging mode ({@code ONE_TIME}, {@code PERIOD},
	 * {@code ON_DEMAND})
	 * @param activity the interface activity's wire name ({@code newInstance})
	 * @param lastRunAt when the case last ran (UTC), or null
	 */
	record Check(String chargingMode, String activity, Status status, LocalDateTime lastRunAt) {

	}

}
