package io.sellercenter.order;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.sellercenter.order.Rows.ExportRow;
import io.sellercenter.order.Rows.InstanceRow;
import io.sellercenter.order.Rows.LineRow;
import io.sellercenter.order.Rows.OrderRow;
import io.sellercenter.order.Rows.StateRow;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
interface OrderMapper {

	/** A page of the orders the viewer may see, with their visible lines. */
	List<OrderRow> search(@Param("viewer") Viewer viewer, @Param("f") OrderFilter filter, @Param("offset") long offset,
			@Param("limit") int limit);

	/** How many orders match, counting no further than {@code cap}. */
	long countCapped(@Param("viewer") Viewer viewer, @Param("f") OrderFilter filter, @Param("cap") int cap);

	/** The order of that id, if the viewer may see it (the filter names it). */
	Optional<OrderRow> findVisible(@Param("viewer") Viewer viewer, @Param("f") OrderFilter filter);

	List<LineRow> lines(@Param("viewer") Viewer viewer, @Param("orderRef") long orderRef);

	List<InstanceRow> instances(@Param("viewer") Viewer viewer, @Param("orderRef") long orderRef);

	List<HistoryEntry> history(@Param("viewer") Viewer viewer, @Param("orderRef") long orderRef);

	/**
	 * Every matching order joined with its visible lines and their instances, newest
	 * first, streamed row by row (read it inside a transaction).
	 */
	Cursor<ExportRow> export(@Param("viewer") Viewer viewer, @Param("f") OrderFilter filter);

	/**
	 * Lets the export build long line summaries of old orders (MySQL's limit is 1 KB).
	 */
	void allowLongLineSummaries();

	/** The line summary the database builds from an order's lines (see LineSummary). */
	String builtLineSummary(@Param("orderId") String orderId);

	/** Names of the merchant's products and specs, for the export. */
	List<Rows.NameRow> exportNames(@Param("viewer") Viewer viewer);

	/** The products a sub-user may see now. */
	List<Long> grantedProducts(@Param("viewer") Viewer viewer);

	int countOrderIds(@Param("orderId") String orderId);

	List<String> existingLineIds(@Param("ids") Collection<String> ids);

	List<String> existingInstanceIds(@Param("ids") Collection<String> ids);

	void insertOrder(@Param("merchant") MerchantId merchant, @Param("o") OrderRow row);

	void insertLine(@Param("merchant") MerchantId merchant, @Param("l") LineRow row);

	void insertInstances(@Param("merchant") MerchantId merchant, @Param("rows") List<InstanceRow> rows);

	void updateInstanceSpec(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("specId") long specId,
			@Param("now") LocalDateTime now);

	void updateInstanceExpiry(@Param("merchant") MerchantId merchant, @Param("id") long id,
			@Param("expireAt") LocalDateTime expireAt, @Param("now") LocalDateTime now);

	void insertHistory(@Param("merchant") MerchantId merchant, @Param("orderRef") long orderRef,
			@Param("instanceId") String instanceId, @Param("from") String from, @Param("to") String to,
			@Param("eventId") String eventId, @Param("changedAt") LocalDateTime changedAt,
			@Param("now") LocalDateTime now);

	Optional<StateRow> lockOrder(@Param("orderId") String orderId);

	Optional<StateRow> lockOrderRef(@Param("merchant") MerchantId merchant, @Param("id") long id);

	Optional<OrderRow> orderRow(@Param("merchant") MerchantId merchant, @Param("id") long id);

	Optional<LineRow> lineRow(@Param("merchant") MerchantId merchant, @Param("id") long id);

	void updateLineExpiry(@Param("merchant") MerchantId merchant, @Param("lineRef") long lineRef,
			@Param("expireAt") LocalDateTime expireAt);

	void updateLineInstancesExpiry(@Param("merchant") MerchantId merchant, @Param("lineRef") long lineRef,
			@Param("expireAt") LocalDateTime expireAt, @Param("now") LocalDateTime now);

	/** The line's instances not yet released, locked. */
	List<String> lineInstanceIds(@Param("merchant") MerchantId merchant, @Param("lineRef") long lineRef);

	void releaseLineInstances(@Param("merchant") MerchantId merchant, @Param("lineRef") long lineRef,
			@Param("at") LocalDateTime at, @Param("now") LocalDateTime now);

	int updateStatus(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("from") OrderStatus from,
			@Param("to") OrderStatus to, @Param("paidAt") LocalDateTime paidAt, @Param("now") LocalDateTime now);

	Optional<StateRow> lockInstance(@Param("instanceId") String instanceId);

	int updateInstance(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("from") InstanceStatus from,
			@Param("to") InstanceStatus to, @Param("releasedAt") LocalDateTime releasedAt,
			@Param("now") LocalDateTime now);

}
