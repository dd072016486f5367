package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UsageMapper {

	void insertRequest(@Param("merchant") MerchantId merchant, @Param("r") RequestRow request);

	/**
	 * One multi-row insert per batch (rewriteBatchedStatements is not needed for this
	 * form).
	 */
	void insertRecords(@Param("merchant") MerchantId merchant, @Param("requestId") long requestId,
			@Param("records") List<PushedRecord> records, @Param("now") LocalDateTime now);

	long countRecords(@Param("merchant") MerchantId merchant);

	/** Insert parameters; the generated id is written back. */
	final class RequestRow {

		public Long id;

		public String keyId;

		public String nonce;

		public long ts;

		public String clientIp;

		public int recordCount;

		public LocalDateTime receivedAt;

	}

}
