package io.sellercenter.product;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How listings and applications are kept as JSON text. */
final class ProductJson {

	/**
	 * Lenient about absent flags, so listings written before a field existed still read.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private ProductJson() {
	}

	static String write(ProductContent content) {
		return JSON.writeValueAsString(content);
	}

	static ProductContent read(String json) {
		return (json != null) ? JSON.readValue(json, ProductContent.class) : null;
	}

}
