package io.sellercenter.notification;

/** Delivers one rendered notification on one channel, or throws why it could not. */
interface ChannelSender {

	Channel channel();

	/** False when this instance has no server for the channel: messages are skipped. */
	boolean configured();

	/** What to set up, for the log and the row of a skipped message. */
	String notConfiguredReason();

	void send(String address, NotificationTexts.Delivery delivery) throws Exception;

}
