package io.sellercenter.saas;

import java.util.Optional;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.stereotype.Service;

/**
 * 生产接口消息: the production calls that failed, newest first, each with the work it was for;
 * a sub-user sees those of the products granted to them. "Call again" calls at once.
 */
@Service
public class InterfaceMessages {

	private final ProvisionMapper work;

	private final ProvisionRunner runner;

	InterfaceMessages(ProvisionMapper work, ProvisionRunner runner) {
		this.work = work;
		this.runner = runner;
	}

	public Page<InterfaceMessage> page(Viewer viewer, MessageFilter filter, PageRequest request) {
		return Page.load(request, () -> this.work.countMessages(viewer, filter),
				(at) -> this.work.messages(viewer, filter, at.offset(), at.size()));
	}

	/**
	 * Calls again for the work of a message the viewer can see.
	 * @return the verdict, or empty when the viewer cannot see it or it is done
	 */
	public Optional<SaasCaller.Result> callAgain(Actor actor, Viewer viewer, long provisionId) {
		if (this.work.countVisibleWork(viewer, provisionId) == 0) {
			return Optional.empty();
		}
		return this.runner.callAgain(actor, provisionId);
	}

}
