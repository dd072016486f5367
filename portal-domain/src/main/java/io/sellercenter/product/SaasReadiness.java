package io.sellercenter.product;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sellercenter.product.InterfaceReadiness.Check;
import io.sellercenter.product.InterfaceReadiness.Status;
import io.sellercenter.shared.MerchantId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The debug status of a SaaS product's production interface, as submission, approval and
 * the pages ask it. The saas feature answers through {@link InterfaceReadiness}; while no
 * implementation exists every required check is {@link Status#MISSING}, so no SaaS
 * product can be submitted or approved before its interface can be debugged.
 * <p>
 * Which product the checks are of ({@link #subject}): a listed product (or a change of
 * one) by its id; a new product's first application has no product id until its approval
 * creates the product, so it is named by its application id negated ({@code -12} for
 * application 12). The saas feature keys the cases saved for such a draft by that number
 * and finds the product it became through the application's product id.
 */
@Component
public class SaasReadiness {

	/** Every charging mode needs these; in the order the pages show them. */
	private static final List<String> EVERY_MODE = List.of("newInstance", "queryInstance", "releaseInstance");

	/** PERIOD also renews and changes the status (expiry, freeze). */
	private static final List<String> PERIOD_TOO = List.of("refreshInstance", "updateInstanceStatus");

	private final ObjectProvider<InterfaceReadiness> readiness;

	SaasReadiness(ObjectProvider<InterfaceReadiness> readiness) {
		this.readiness = readiness;
	}

	/**
	 * The number the checks of this application's product go by: its product id, or its
	 * own id negated for a new product (0 for a form not saved yet, which has none).
	 */
	public static long subject(ProductApplication application) {
		return (application.productId() != null) ? application.productId() : -application.id();
	}

	/**
	 * The checks of the product's interface for the charging modes of the specs on sale
	 * (a spec taken off sale is not bought, so nothing calls the interface for it).
	 */
	public List<Check> checks(MerchantId merchant, long subject, Collection<SpecDraft> specs) {
		Set<ChargingMode> modes = modes(specs);
		InterfaceReadiness implementation = (subject != 0) ? this.readiness.getIfAvailable() : null;
		if (implementation == null) {
			return missing(modes);
		}
		return List.copyOf(implementation.checks(merchant, subject, modes));
	}

	/** Runs the saved cases of this application's product again (a submission). */
	public void runCases(MerchantId merchant, ProductApplication application) {
		long subject = subject(application);
		InterfaceReadiness implementation = (subject != 0) ? this.readiness.getIfAvailable() : null;
		if (implementation != null && application.type() == ProductType.SAAS) {
			implementation.runCases(merchant, subject);
		}
	}

	/** The same for a product as listed. */
	public List<Check> checksOfListed(MerchantId merchant, long productId, List<Spec> specs) {
		return checks(merchant, productId, specs.stream().map(Spec::toDraft).toList());
	}

	/** The checks that have not passed, in order. */
	public static List<Check> notPassed(List<Check> checks) {
		return checks.stream().filter((check) -> check.status() != Status.PASSED).toList();
	}

	static Set<ChargingMode> modes(Collection<SpecDraft> specs) {
		Set<ChargingMode> modes = EnumSet.noneOf(ChargingMode.class);
		specs.stream()
			.filter(SpecDraft::onSale)
			.map(SpecDraft::chargingMode)
			.filter(java.util.Objects::nonNull)
			.forEach(modes::add);
		return modes;
	}

	/**
	 * What the checks are when nobody can answer them: every case the modes require, none
	 * saved. Spec modes map to the order charging modes as orders carry them (monthly and
	 * yearly are PERIOD, per use ON_DEMAND).
	 */
	static List<Check> missing(Set<ChargingMode> modes) {
		Set<String> orderModes = new LinkedHashSet<>();
		for (ChargingMode mode : ChargingMode.values()) {
			if (modes.contains(mode)) {
				orderModes.add(mode.periodic() ? "PERIOD" : (mode == ChargingMode.PER_USE) ? "ON_DEMAND" : "ONE_TIME");
			}
		}
		List<Check> checks = new ArrayList<>();
		for (String orderMode : orderModes) {
			EVERY_MODE.forEach((activity) -> checks.add(new Check(orderMode, activity, Status.MISSING, null)));
			if ("PERIOD".equals(orderMode)) {
				PERIOD_TOO.forEach((activity) -> checks.add(new Check(orderMode, activity, Status.MISSING, null)));
			}
		}
		return List.copyOf(checks);
	}

}
