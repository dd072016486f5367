package io.sellercenter.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TrafficMapper {

	/** Which of these products are the merchant's. */
	List<Long> productsOf(@Param("merchant") MerchantId merchant, @Param("ids") Collection<Long> ids);

	/** Stores or replaces the day's figures of these products, in one statement. */
	void upsert(@Param("merchant") MerchantId merchant, @Param("day") LocalDate day,
			@Param("figures") List<TrafficFigures> figures, @Param("now") LocalDateTime now);

	/** Rows per product and day; {@code productIds} null for all products. */
	List<TrafficDay> traffic(@Param("merchant") MerchantId merchant, @Param("ids") Collection<Long> productIds,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

}
