package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
interface AnalyticsMapper {

	void insertDeltas(@Param("deltas") List<Delta> deltas, @Param("now") LocalDateTime now);

	/** The oldest waiting deltas no other worker holds, locked. */
	List<Delta> claim(@Param("limit") int limit);

	void deleteDeltas(@Param("ids") List<Long> ids);

	void addOrders(@Param("rows") List<Sum> rows);

	void addLines(@Param("rows") List<Sum> rows);

	void addUsage(@Param("rows") List<Sum> rows);

	void addInstances(@Param("rows") List<Sum> rows);

	/** The oldest delta of the merchant still waiting. */
	LocalDateTime oldestWaiting(@Param("merchant") MerchantId merchant);

	// reads for the pages

	List<DayFigure> orderDays(@Param("merchant") MerchantId merchant, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	List<DayFigure> lineDays(@Param("merchant") MerchantId merchant, @Param("products") Collection<Long> products,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	List<DayFigure> usageDays(@Param("merchant") MerchantId merchant, @Param("products") Collection<Long> products,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	List<DayFigure> instances(@Param("merchant") MerchantId merchant, @Param("products") Collection<Long> products);

	/** The products a sub-user holds a grant of now (any role). */
	List<Long> grantedProducts(@Param("viewer") Viewer viewer);

	List<ProductName> productNames(@Param("merchant") MerchantId merchant);

	// the rebuild

	void clearMerchant(@Param("table") String table, @Param("merchant") long merchant);

	List<Long> merchantsWithData();

	Cursor<SourceOrder> sourceOrders(@Param("merchant") long merchant);

	Cursor<SourceLine> sourceLines(@Param("merchant") long merchant);

	Cursor<SourceUsage> sourceUsage(@Param("merchant") long merchant);

	List<Sum> sourceInstances(@Param("merchant") long merchant);

	/** A roll-up row's key and what to add to it. */
	record Sum(long merchantId, LocalDate day, Long productId, String chargingMode, String orderType, String currency,
			long count, BigDecimal amount) {

	}

	/**
	 * A row the pages read: a day (null for instances), its key columns and its figures.
	 */
	record DayFigure(LocalDate day, Long productId, String chargingMode, String orderType, String currency, long count,
			BigDecimal amount) {

	}

	record ProductName(long id, String nameZh, String nameEn) {

	}

	record SourceOrder(LocalDateTime paidAt, String orderType, String currency, BigDecimal amount) {

	}

	record SourceLine(LocalDateTime paidAt, long productId, String chargingMode, String orderType, String currency,
			BigDecimal amount) {

	}

	record SourceUsage(LocalDateTime beginAt, long productId, BigDecimal value) {

	}

}
