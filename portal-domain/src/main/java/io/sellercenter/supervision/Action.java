package io.sellercenter.supervision;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The merchant's steps on a task, and when each is allowed. A frozen task (an appeal
 * waits for an operator) and an ended one allow none.
 */
public enum Action {

	CONFIRM, SEND_BACK, DELIVER, APPEAL;

	/** The customer has not acted for longer than this: the merchant may appeal. */
	public static final Duration CUSTOMER_SILENCE = Duration.ofDays(5);

	/** The 4th rejection (more than 3) lets the merchant appeal. */
	public static final int REJECTIONS_FOR_APPEAL = 4;

	public boolean allowedOn(Task task, LocalDateTime now) {
		if (task.frozen() || task.step().ended()) {
			return false;
		}
		return switch (this) {
			case CONFIRM, SEND_BACK -> task.step() == Step.CONFIRMING_REQUIREMENT;
			case DELIVER -> task.step() == Step.DELIVERING;
			case APPEAL -> grounds(task, now).isPresent();
		};
	}

	public static Set<Action> allowed(Task task, LocalDateTime now) {
		Set<Action> allowed = EnumSet.noneOf(Action.class);
		for (Action action : values()) {
			if (action.allowedOn(task, now)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/** Why the merchant may appeal now, if they may. */
	public static Optional<AppealGrounds> grounds(Task task, LocalDateTime now) {
		if (task.rejections() >= REJECTIONS_FOR_APPEAL) {
			return Optional.of(AppealGrounds.REPEATED_REJECTIONS);
		}
		if (task.step().side() == Step.Side.CUSTOMER && task.stepSince().plus(CUSTOMER_SILENCE).isBefore(now)) {
			return Optional.of(AppealGrounds.CUSTOMER_SILENT);
		}
		return Optional.empty();
	}

	/**
	 * When the customer's silence will let the merchant appeal; null when not waiting on
	 * them.
	 */
	public static LocalDateTime appealableFrom(Task task) {
		return (task.step().side() == Step.Side.CUSTOMER) ? task.stepSince().plus(CUSTOMER_SILENCE) : null;
	}

}
