package io.sellercenter.ticket;

/** The lists of the tickets page. */
public enum TicketView {

	/** 待我处理: I am the handler and the next step is mine. */
	PENDING,
	/** My tickets: I am the current handler. */
	MINE,
	/** 我处理过: I took a step on it at some time. */
	HANDLED,
	/** Every ticket I may see. */
	ALL

}
