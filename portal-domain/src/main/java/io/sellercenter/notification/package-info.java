/**
 * Notifications: in-site messages with their unread state, the outbox that carries e-mail
 * and SMS with retries, and each merchant's choice of which events reach which channel.
 * Features call {@link io.sellercenter.notification.Notifications} in the transaction of
 * their event; messages keep the event and its named arguments, never rendered text, so
 * the web module renders them in the reader's language when shown or sent.
 */
package io.sellercenter.notification;
