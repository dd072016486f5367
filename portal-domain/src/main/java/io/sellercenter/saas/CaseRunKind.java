package io.sellercenter.saas;

/**
 * Why a saved case ran: saved or re-run from the pages, the product's submission, or a
 * dial test.
 */
public enum CaseRunKind {

	DEBUG, SUBMIT, DIAL

}
