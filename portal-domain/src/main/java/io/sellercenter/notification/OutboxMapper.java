package io.sellercenter.notification;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The outbox is the senders' table, not a page's: rows are written for a merchant and
 * afterwards only ever addressed by the ids a sender has claimed.
 */
@Mapper
interface OutboxMapper {

	void insert(@Param("merchant") MerchantId merchant, @Param("event") NotificationEvent event,
			@Param("channel") Channel channel, @Param("address") String address, @Param("language") String language,
			@Param("args") String args, @Param("link") String link, @Param("now") LocalDateTime now);

	/** Locks due rows that no other sender holds; must run in a transaction. */
	List<OutboxMessage.Row> lockDue(@Param("now") LocalDateTime now, @Param("limit") int limit);

	void lease(@Param("ids") List<Long> ids, @Param("until") LocalDateTime until);

	int markSent(@Param("id") long id, @Param("attempts") int attempts, @Param("now") LocalDateTime now);

	int markSkipped(@Param("id") long id, @Param("attempts") int attempts, @Param("reason") String reason);

	int retryLater(@Param("id") long id, @Param("attempts") int attempts, @Param("error") String error,
			@Param("next") LocalDateTime next);

	int markFailed(@Param("id") long id, @Param("attempts") int attempts, @Param("error") String error);

	/** Deletes up to {@code limit} finished rows written before {@code before}. */
	int purge(@Param("before") LocalDateTime before, @Param("limit") int limit);

}
