package io.sellercenter.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's inbox. Services take the merchant first, as everywhere; here it is null for an
 * operator, and the user id always narrows it to one person's messages.
 */
@Service
public class InSiteMessages {

	private final InSiteMessageMapper mapper;

	private final Clock clock;

	InSiteMessages(InSiteMessageMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Newest first. */
	public Page<InSiteMessage> page(MerchantId merchant, long userId, PageRequest request) {
		return Page.load(request, () -> this.mapper.count(merchant, userId),
				(at) -> this.mapper.findPage(merchant, userId, at.size(), at.offset())
					.stream()
					.map(InSiteMessage.Row::toMessage)
					.toList());
	}

	public long unreadCount(MerchantId merchant, long userId) {
		return this.mapper.countUnread(merchant, userId);
	}

	/** The message, marked read: what following its link means. Empty when not theirs. */
	@Transactional
	public Optional<InSiteMessage> open(MerchantId merchant, long userId, long id) {
		if (!markRead(merchant, userId, id)) {
			return Optional.empty();
		}
		return this.mapper.find(merchant, userId, id).map(InSiteMessage.Row::toMessage);
	}

	/** False when there is no such message of this user. */
	public boolean markRead(MerchantId merchant, long userId, long id) {
		return this.mapper.markRead(merchant, userId, id, now()) > 0;
	}

	public int markAllRead(MerchantId merchant, long userId) {
		return this.mapper.markAllRead(merchant, userId, now());
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}
