package io.sellercenter.audit;

/**
 * What an entry's target is today: its name (in both languages where it has two, else the
 * same in both), a {@code detail} that depends on the kind (a sub-user's display name, a
 * key's id, a review request's kind, a merchant's account) and the id of the page it has,
 * where that is not the target id itself (a sub-user's user id, the application of a
 * product review, the product of a delisting).
 */
public record AuditSubject(AuditTarget target, String targetId, long merchantId, String nameZh, String nameEn,
		String detail, Long pageId) {

}
