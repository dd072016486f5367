package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What the deltas of an order are made of, read from the order feed's tables. */
@Mapper
interface SourceMapper {

	PaidOrder order(@Param("merchant") MerchantId merchant, @Param("orderRef") long orderRef);

	List<PaidLine> lines(@Param("merchant") MerchantId merchant, @Param("orderRef") long orderRef);

	record PaidOrder(LocalDateTime paidAt, String orderType, String currency, BigDecimal amount) {

	}

	record PaidLine(long productId, String chargingMode, BigDecimal amount) {

	}

}
