package io.sellercenter.notification;

/** How a notification reaches a person. */
public enum Channel {

	IN_SITE, EMAIL, SMS

}
