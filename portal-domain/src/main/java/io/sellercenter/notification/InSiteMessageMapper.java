package io.sellercenter.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * In-site messages. Every read and update names the owner: the user and their merchant
 * ({@code merchant} null for an operator, whose messages belong to no merchant).
 */
@Mapper
interface InSiteMessageMapper {

	/** Writes the message only when the user belongs to that merchant. */
	int insertForUser(@Param("merchant") MerchantId merchant, @Param("userId") long userId,
			@Param("event") NotificationEvent event, @Param("args") String args, @Param("link") String link,
			@Param("now") LocalDateTime now);

	int insertForOperators(@Param("event") NotificationEvent event, @Param("args") String args,
			@Param("link") String link, @Param("now") LocalDateTime now);

	List<InSiteMessage.Row> findPage(@Param("merchant") MerchantId merchant, @Param("userId") long userId,
			@Param("limit") int limit, @Param("offset") long offset);

	long count(@Param("merchant") MerchantId merchant, @Param("userId") long userId);

	long countUnread(@Param("merchant") MerchantId merchant, @Param("userId") long userId);

	Optional<InSiteMessage.Row> find(@Param("merchant") MerchantId merchant, @Param("userId") long userId,
			@Param("id") long id);

	/**
	 * Matched rows (Connector/J counts found rows), so a message read before still
	 * counts.
	 */
	int markRead(@Param("merchant") MerchantId merchant, @Param("userId") long userId, @Param("id") long id,
			@Param("now") LocalDateTime now);

	int markAllRead(@Param("merchant") MerchantId merchant, @Param("userId") long userId,
			@Param("now") LocalDateTime now);

}
