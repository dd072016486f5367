package io.sellercenter.ticket;

import java.util.Map;

/**
 * Service hours the rules refuse: each field with the message key of what is wrong there,
 * all of them, so a form can show every problem at once.
 */
public class ServiceHoursRejected extends RuntimeException {

	private final Map<String, String> problems;

	public ServiceHoursRejected(Map<String, String> problems) {
		super(String.join(", ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	/** The first problem's message key, for callers that show one. */
	public String messageKey() {
		return this.problems.values().iterator().next();
	}

	/**
	 * Field ({@code days}, {@code closes}, {@code zone}, {@code firstResponse}) to
	 * message key.
	 */
	public Map<String, String> problems() {
		return this.problems;
	}

}
