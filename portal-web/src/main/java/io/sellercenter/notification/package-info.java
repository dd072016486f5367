/**
 * Notifications on the web side: the bell and the inbox pages, the main account's channel
 * settings, the texts (rendered from the message bundles when a message is shown or
 * sent), and the scheduled sender that delivers the outbox by e-mail (SMTP) and SMS (an
 * HTTP gateway).
 */
package io.sellercenter.notification;
