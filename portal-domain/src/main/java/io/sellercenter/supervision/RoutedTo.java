package io.sellercenter.supervision;

/** Why a task went to its first handler. */
public enum RoutedTo {

	PRIMARY_HANDLER, MAIN_ACCOUNT

}
