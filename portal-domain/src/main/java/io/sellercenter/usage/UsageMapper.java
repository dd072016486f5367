package io.sellercenter.usage;

import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UsageMapper {

	void insertRequest(@Param("merchant") MerchantId merchant, @Param("r") RequestRow request);

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
