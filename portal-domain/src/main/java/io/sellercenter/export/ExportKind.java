package io.sellercenter.export;

/** Which list an export wrote; each has its own history page. */
public enum ExportKind {

	ORDERS, USAGE

}
