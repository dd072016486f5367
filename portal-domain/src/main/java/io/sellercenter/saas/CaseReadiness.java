package io.sellercenter.saas;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.product.ChargingMode;
import io.sellercenter.product.InterfaceReadiness;
import io.sellercenter.shared.MerchantId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The product review's view of a SaaS product's debug cases: for each order charging mode
 * its specs sell (ONE_TIME; PERIOD for monthly and yearly; ON_DEMAND for per use), the
 * activities the marketplace will call, each judged by the latest run of a saved case of
 * that activity whose mock order has that charging mode (an on-demand package counts as
 * on demand).
 */
@Component
class CaseReadiness implements InterfaceReadiness {

	private static final List<Activity> EVERY_MODE = List.of(Activity.NEW_INSTANCE, Activity.QUERY_INSTANCE,
			Activity.RELEASE_INSTANCE);

	private static final List<Activity> PERIOD_ALSO = List.of(Activity.REFRESH_INSTANCE,
			Activity.UPDATE_INSTANCE_STATUS);

	private final CaseMapper cases;

	private final ObjectProvider<DebugService> debug;

	CaseReadiness(CaseMapper cases, ObjectProvider<DebugService> debug) {
		this.cases = cases;
		this.debug = debug;
	}

	@Override
	public void runCases(MerchantId merchant, long productId) {
		this.debug.getObject().runCasesOf(merchant, productId);
	}

	@Override
	public List<Check> checks(MerchantId merchant, long productId, Set<ChargingMode> specModes) {
		Set<OrderChargingMode> modes = new LinkedHashSet<>();
		for (OrderChargingMode mode : List.of(OrderChargingMode.ONE_TIME, OrderChargingMode.PERIOD,
				OrderChargingMode.ON_DEMAND)) {
			if (specModes.stream().anyMatch(mode::fits)) {
				modes.add(mode);
			}
		}
		List<DebugCase> saved = this.cases.casesOfProduct(merchant, productId);
		List<Check> checks = new ArrayList<>();
		for (OrderChargingMode mode : modes) {
			List<Activity> activities = new ArrayList<>(EVERY_MODE);
			if (mode == OrderChargingMode.PERIOD) {
				activities.addAll(PERIOD_ALSO);
			}
			for (Activity activity : activities) {
				Optional<DebugCase> latest = saved.stream()
					.filter((c) -> c.activity().equals(activity.wireName()) && sameMode(mode, c.orderMode()))
					.max(Comparator.comparing(DebugCase::lastRunAt).thenComparing(DebugCase::id));
				Status status = latest.map((c) -> (c.lastOutcome() == Outcome.SUCCESS) ? Status.PASSED : Status.FAILED)
					.orElse(Status.MISSING);
				LocalDateTime lastRunAt = latest.map(DebugCase::lastRunAt).orElse(null);
				checks.add(new Check(mode.name(), activity.wireName(), status, lastRunAt));
			}
		}
		return checks;
	}

	private static boolean sameMode(OrderChargingMode mode, String caseMode) {
		OrderChargingMode of = OrderChargingMode.valueOf(caseMode);
		return of == mode || (mode == OrderChargingMode.ON_DEMAND && of == OrderChargingMode.ON_DEMAND_PKG);
	}

}
