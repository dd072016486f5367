package io.sellercenter.saas;

import java.time.LocalDateTime;

/** A merchant's production address, and when a signed test call last proved it. */
public record ProductionAddress(String url, Contract contract, LocalDateTime verifiedAt, Long verifyCall,
		LocalDateTime updatedAt) {

	public boolean verified() {
		return this.verifiedAt != null;
	}

}
