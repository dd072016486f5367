package io.sellercenter.supervision;

/** What a document of a task is. */
public enum DocumentRole {

	REQUIREMENT, ACCEPTANCE, PROOF, APPEAL

}
