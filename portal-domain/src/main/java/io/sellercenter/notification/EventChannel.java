package io.sellercenter.notification;

/** One cell of the settings table: an event on a channel. */
public record EventChannel(NotificationEvent event, Channel channel) {

}
