package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TicketMapper {

	void insert(@Param("t") TicketRow ticket);

	/**
	 * Any merchant's ticket by the platform's id, locked for the change the call makes.
	 */
	Optional<TicketRow> lockByTicketId(@Param("ticketId") String ticketId);

	Optional<TicketRow> findByTicketId(@Param("ticketId") String ticketId);

	/** Any merchant's ticket by its row id: for the jobs, which work across merchants. */
	Optional<TicketRow> findById(@Param("id") long id);

	/** A ticket the viewer may see (a sub-user: through a SERVE or MANAGE grant). */
	Optional<TicketRow> findVisible(@Param("viewer") Viewer viewer, @Param("ticketId") String ticketId);

	Optional<TicketRow> lock(@Param("merchant") MerchantId merchant, @Param("id") long id);

	void update(@Param("t") TicketRow ticket);

	void insertEntry(@Param("e") NewEntry entry);

	void insertAttachment(@Param("merchant") MerchantId merchant, @Param("ticketRef") long ticketRef,
			@Param("entryRef") long entryRef, @Param("fileId") long fileId);

	List<EntryRow> entries(@Param("merchant") MerchantId merchant, @Param("ticketRef") long ticketRef);

	List<AttachmentRow> attachments(@Param("merchant") MerchantId merchant, @Param("ticketRef") long ticketRef);

	boolean hasAttachment(@Param("merchant") MerchantId merchant, @Param("ticketRef") long ticketRef,
			@Param("fileId") long fileId);

	void addParticipant(@Param("merchant") MerchantId merchant, @Param("userId") long userId,
			@Param("ticketRef") long ticketRef, @Param("createdAt") LocalDateTime createdAt);

	List<TicketRow> search(@Param("viewer") Viewer viewer, @Param("me") long me, @Param("f") TicketFilter filter,
			@Param("offset") long offset, @Param("limit") int limit);

	long countCapped(@Param("viewer") Viewer viewer, @Param("me") long me, @Param("f") TicketFilter filter,
			@Param("cap") int cap);

	boolean productOf(@Param("merchant") MerchantId merchant, @Param("productId") long productId);

	/** Open tickets with this handler, optionally of one product, locked. */
	List<Long> openOf(@Param("merchant") MerchantId merchant, @Param("handler") long handler,
			@Param("productId") Long productId);

	/**
	 * Open tickets whose handler is a sub-user that may no longer handle them (grant
	 * expired or gone, user disabled or removed), any merchant.
	 */
	List<Stranded> stranded(@Param("now") LocalDateTime now, @Param("limit") int limit);

	List<Long> overdueToNotify(@Param("now") LocalDateTime now, @Param("limit") int limit);

	/** 1 for the one instance that gets to notify. */
	int markOverdueNotified(@Param("id") long id);

	/** Per product, the tickets opened in the range that the viewer sees. */
	List<TicketFigures.Row> figures(@Param("viewer") Viewer viewer, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to, @Param("now") LocalDateTime now);

	long countPending(@Param("viewer") Viewer viewer, @Param("me") long me);

	long countOverdue(@Param("viewer") Viewer viewer, @Param("now") LocalDateTime now);

	record Stranded(long merchantId, long id) {

	}

	class NewEntry {

		public Long id;

		public long merchantId;

		public long ticketRef;

		public String kind;

		public Long actorUserId;

		public String actorName;

		public Integer fromStatus;

		public Integer toStatus;

		public String text;

		public String cause;

		public String solution;

		public String detail;

		public Long toUserId;

		public String toUserName;

		public String eventId;

		public LocalDateTime createdAt;

	}

	record EntryRow(long id, String kind, Long actorUserId, String actorName, Integer fromStatus, Integer toStatus,
			String text, String cause, String solution, String detail, String toUserName, LocalDateTime createdAt) {

	}

	record AttachmentRow(long entryRef, long fileId, String fileName, long sizeBytes) {

	}

}
