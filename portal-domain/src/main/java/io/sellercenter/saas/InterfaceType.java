package io.sellercenter.saas;

/**
 * The interface types a key is bound to. Only the basic interface (the instance
 * activities) exists; the marketplace documents others (license, login) that may come
 * later, each with a key of its own.
 */
public enum InterfaceType {

	BASIC

}
