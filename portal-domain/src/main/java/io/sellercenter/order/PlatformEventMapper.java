package io.sellercenter.order;

import java.time.LocalDateTime;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PlatformEventMapper {

	Optional<StoredEvent> find(@Param("eventId") String eventId);

	void insert(@Param("eventId") String eventId, @Param("kind") String kind, @Param("hash") String requestHash,
			@Param("merchant") MerchantId merchant, @Param("status") int status, @Param("body") String body,
			@Param("now") LocalDateTime now);

	record StoredEvent(String kind, String requestHash, int responseStatus, String responseBody) {

	}

}
