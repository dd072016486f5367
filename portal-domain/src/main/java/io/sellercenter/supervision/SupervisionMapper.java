package io.sellercenter.supervision;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SupervisionMapper {

	void insert(@Param("t") TaskRow task);

	/** Any merchant's task by its number, locked: for the platform's calls. */
	Optional<TaskRow> lockByTaskNo(@Param("taskNo") String taskNo);

	Optional<TaskRow> findByTaskNo(@Param("taskNo") String taskNo);

	/** A task the viewer may see (a sub-user: through a SERVE or MANAGE grant). */
	Optional<TaskRow> findVisible(@Param("viewer") Viewer viewer, @Param("taskNo") String taskNo);

	Optional<TaskRow> lock(@Param("merchant") MerchantId merchant, @Param("id") long id);

	Optional<TaskRow> findById(@Param("id") long id);

	void update(@Param("t") TaskRow task);

	void insertEntry(@Param("e") NewEntry entry);

	void insertAttachment(@Param("merchant") MerchantId merchant, @Param("taskRef") long taskRef,
			@Param("entryRef") long entryRef, @Param("fileId") long fileId, @Param("role") DocumentRole role);

	List<EntryRow> entries(@Param("merchant") MerchantId merchant, @Param("taskRef") long taskRef);

	List<AttachmentRow> attachments(@Param("merchant") MerchantId merchant, @Param("taskRef") long taskRef);

	boolean hasAttachment(@Param("merchant") MerchantId merchant, @Param("taskRef") long taskRef,
			@Param("fileId") long fileId);

	List<TaskRow> search(@Param("viewer") Viewer viewer, @Param("me") long me, @Param("f") TaskFilter filter,
			@Param("now") LocalDateTime now, @Param("offset") long offset, @Param("limit") int limit);

	long countCapped(@Param("viewer") Viewer viewer, @Param("me") long me, @Param("f") TaskFilter filter,
			@Param("now") LocalDateTime now, @Param("cap") int cap);

	long countPending(@Param("viewer") Viewer viewer, @Param("me") long me);

	long countOverdue(@Param("viewer") Viewer viewer, @Param("now") LocalDateTime now);

	/** Open tasks with this handler, optionally of one product, locked. */
	List<Long> openOf(@Param("merchant") MerchantId merchant, @Param("handler") long handler,
			@Param("productId") Long productId);

	/** Open tasks whose sub-user handler may no longer handle them, any merchant. */
	List<Ref> stranded(@Param("now") LocalDateTime now, @Param("limit") int limit);

	List<Ref> overdueToNotify(@Param("now") LocalDateTime now, @Param("limit") int limit);

	/** 1 for the one instance that gets to notify. */
	int markOverdueNotified(@Param("id") long id);

	/** 1 the first time a step of the task goes overdue. */
	int markEverOverdue(@Param("id") long id);

	/** The row of a task, locked, whatever its merchant: for the jobs. */
	Optional<TaskRow> lockById(@Param("id") long id);

	/**
	 * Open tasks created before {@code createdBefore}, not reminded since
	 * {@code remindedBefore}.
	 */
	List<Ref> remindersDue(@Param("createdBefore") LocalDateTime createdBefore,
			@Param("remindedBefore") LocalDateTime remindedBefore, @Param("limit") int limit);

	/**
	 * 1 for the one instance that gets to remind (the reminder time it read is
	 * unchanged).
	 */
	int markReminded(@Param("id") long id, @Param("previous") LocalDateTime previous, @Param("now") LocalDateTime now);

	/** The order's tasks, locked. */
	List<Long> tasksOfOrder(@Param("orderRef") long orderRef);

	long countOpenOfOrder(@Param("orderRef") long orderRef);

	long countOfOrder(@Param("orderRef") long orderRef);

	long countAcceptedOfOrder(@Param("orderRef") long orderRef);

	/** The lines of an order, for deciding which are supervised. */
	List<LineRef> linesOf(@Param("orderRef") long orderRef);

	// appeals

	void insertAppeal(@Param("a") AppealRow appeal);

	Optional<AppealRow> openAppeal(@Param("taskRef") long taskRef);

	Optional<AppealRow> lockAppeal(@Param("id") long id);

	Optional<AppealRow> findAppeal(@Param("id") long id);

	void decideAppeal(@Param("a") AppealRow appeal);

	List<AppealRow> appeals(@Param("open") boolean open, @Param("offset") long offset, @Param("limit") int limit);

	long countAppeals(@Param("open") boolean open);

	List<AppealRow> appealsOf(@Param("taskRef") long taskRef);

	// unsubscribe requests

	void insertUnsubscribe(@Param("u") UnsubscribeRow request);

	Optional<UnsubscribeRow> lockUnsubscribe(@Param("merchant") MerchantId merchant, @Param("id") long id);

	Optional<UnsubscribeRow> openUnsubscribe(@Param("taskRef") long taskRef);

	void decideUnsubscribe(@Param("u") UnsubscribeRow request);

	List<UnsubscribeRow> unsubscribes(@Param("viewer") Viewer viewer, @Param("status") String status,
			@Param("offset") long offset, @Param("limit") int limit);

	long countUnsubscribes(@Param("viewer") Viewer viewer, @Param("status") String status);

	/** Refused requests of every merchant, for operators. */
	List<UnsubscribeRow> refusedUnsubscribes(@Param("offset") long offset, @Param("limit") int limit);

	long countRefusedUnsubscribes();

	List<UnsubscribeRow> unsubscribesOf(@Param("taskRef") long taskRef);

	// figures

	void ensureFigure(@Param("merchant") long merchant, @Param("productId") long productId);

	void bumpFigure(@Param("merchant") long merchant, @Param("productId") long productId,
			@Param("column") String column);

	void addAcceptanceHours(@Param("merchant") long merchant, @Param("productId") long productId,
			@Param("hours") int hours);

	List<FigureRow> figures(@Param("viewer") Viewer viewer);

	List<HoursRow> acceptanceHours(@Param("viewer") Viewer viewer);

	record Ref(long merchantId, long id) {

	}

	record LineRef(long lineRef, String orderLineId, long productId, long specId) {

	}

	record FigureRow(long productId, String productNameZh, String productNameEn, long tasks, long accepted,
			long deliveries, long rejections, long appealed, long overdue) {

	}

	record HoursRow(long productId, int hours, long tasks) {

	}

	class NewEntry {

		public Long id;

		public long merchantId;

		public long taskRef;

		public String kind;

		public Long actorUserId;

		public String actorName;

		public String fromStep;

		public String toStep;

		public String text;

		public String detail;

		public LocalDateTime startAt;

		public String eventId;

		public LocalDateTime createdAt;

	}

	record EntryRow(long id, String kind, Long actorUserId, String actorName, String fromStep, String toStep,
			String text, String detail, LocalDateTime startAt, LocalDateTime createdAt) {

	}

	record AttachmentRow(long entryRef, long fileId, String role, String fileName, long sizeBytes) {

	}

}
