package io.sellercenter.notification;

/**
 * Who hears of a merchant's event: the user whose inbox gets the in-site message (may be
 * null), and the contact on file for e-mail and SMS (either may be null; that channel is
 * then left out).
 */
public record Recipient(Long userId, String email, String phone) {

}
