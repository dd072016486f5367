package io.sellercenter.review;

import java.util.Map;

/**
 * A part of the review page that a feature shows beyond the fields, such as a SaaS
 * product's interface status: the Thymeleaf fragment ({@code template :: fragment}) and
 * the values it reads (as {@code panel.values}).
 */
public record ReviewPanel(String template, String fragment, Map<String, Object> values) {

	public ReviewPanel {
		values = Map.copyOf(values);
	}

}
