package io.sellercenter.usage;

import java.time.LocalDateTime;

/**
 * The push a record came in, as the record's page shows it (the signature is never kept).
 */
public record UsageRequestInfo(long id, String keyId, String nonce, long ts, String clientIp, int recordCount,
		LocalDateTime receivedAt) {

}
