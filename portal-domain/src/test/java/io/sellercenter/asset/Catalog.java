package io.sellercenter.asset;

import io.sellercenter.shared.MerchantId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts images into a merchant's cloud account, as the image catalogue reports it: by
 * default a private Linux image of 40 GB in Singapore that passes every rule.
 */
record Catalog(JdbcTemplate jdbc) {

	static final String SINGAPORE = "ap-southeast-3";

	void add(MerchantId merchant, String imageId) {
		add(merchant, SINGAPORE, imageId, 40, false, false, false, ImageFacts.PRIVATE);
	}

	void add(MerchantId merchant, String region, String imageId, int sizeGb, boolean shared, boolean encrypted,
			boolean fullServer, String source) {
		this.jdbc.update("""
				INSERT INTO image_catalog
				    (merchant_id, region, image_id, name, size_gb, shared, encrypted, full_server, source, os_type)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Linux')
				""", merchant.value(), region, imageId, "Image " + imageId, sizeGb, shared, encrypted, fullServer,
				source);
	}

}
