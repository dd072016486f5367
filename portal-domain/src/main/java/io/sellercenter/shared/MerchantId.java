package io.sellercenter.shared;

import java.io.Serializable;

/**
 * The current tenant, as services and mappers take it: a type of its own so a merchant id
 * cannot be confused with any other number, and never read from a form or a query
 * parameter.
 */
public record MerchantId(long value) implements Serializable {

	public MerchantId {
		if (value <= 0) {
			throw new IllegalArgumentException("merchant id must be positive");
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
