package io.sellercenter.product;

import java.util.List;

/**
 * An application or action the rules refuse. {@code errors} name fields when the content
 * is at fault; {@code code} says why when the merchant's state is (not certified, no
 * compliance letter).
 */
public class ProductRejected extends RuntimeException {

	private final String code;

	private final List<FieldError> errors;

	public ProductRejected(String code) {
		this(code, List.of());
	}

	public ProductRejected(String code, List<FieldError> errors) {
		super(code + " " + errors);
		this.code = code;
		this.errors = List.copyOf(errors);
	}

	public String code() {
		return this.code;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
