package io.sellercenter.saas;

import io.sellercenter.product.ProductListed;
import io.sellercenter.product.ProductType;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new SaaS product's debug cases were saved for its application (minus the
 * application's id, the view {@code saas_subject}), since they had to pass before it
 * could be submitted; when it is listed, they, their runs and their calls move to the
 * product's id, in the approval's transaction.
 */
@Component
class CaseSubjects {

	private final CaseMapper cases;

	CaseSubjects(CaseMapper cases) {
		this.cases = cases;
	}

	@EventListener
	void listed(ProductListed listed) {
		if (listed.type() != ProductType.SAAS) {
			return;
		}
		long from = -listed.applicationId();
		this.cases.moveCases(listed.merchant(), from, listed.productId());
		this.cases.moveRuns(listed.merchant(), from, listed.productId());
		this.cases.moveCalls(listed.merchant(), from, listed.productId());
	}

}
