package io.sellercenter.order;

import java.util.List;

/**
 * A platform call that changes nothing: invalid (unknown or foreign product, spec or
 * merchant, a rule broken), about something that does not exist, or in conflict with the
 * state it would change.
 */
public class OrderRejected extends RuntimeException {

	private final Reason reason;

	private final List<Violation> violations;

	public OrderRejected(Reason reason, List<Violation> violations) {
		super(reason + ": " + violations);
		this.reason = reason;
		this.violations = List.copyOf(violations);
	}

	public OrderRejected(Reason reason, String field, String message) {
		this(reason, List.of(new Violation(field, message)));
	}

	public Reason reason() {
		return this.reason;
	}

	public List<Violation> violations() {
		return this.violations;
	}

	public enum Reason {

		/** Bad input: 400. */
		INVALID,
		/** The order or instance does not exist: 404. */
		NOT_FOUND,
		/** Exists already, or not in a state that allows the change: 409. */
		CONFLICT

	}

}
