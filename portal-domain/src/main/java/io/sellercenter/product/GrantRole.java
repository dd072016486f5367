package io.sellercenter.product;

/**
 * What a sub-user may do with a granted product: VIEW reads it; MANAGE also edits the
 * listing and submits applications; SERVE handles its tickets and supervision tasks (and
 * reads it).
 */
public enum GrantRole {

	VIEW, MANAGE, SERVE

}
