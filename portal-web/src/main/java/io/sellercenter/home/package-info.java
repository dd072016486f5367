/**
 * The first page after sign-in: a merchant's home (its name, the signed-in user, what to
 * do next) and the operators' home.
 */
package io.sellercenter.home;
