/**
 * The people who sign in: main accounts, the IAM sub-users a main account registers, and
 * marketplace operators. Decides at sign-in who may enter and as whom.
 */
package io.sellercenter.user;
