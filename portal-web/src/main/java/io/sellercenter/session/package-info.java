/**
 * Portal sessions (kept in Redis by Spring Session) and their links: which sessions
 * belong to a user and to an identity provider session, so that "my sessions",
 * back-channel logout and disabling a user can end them on every instance.
 */
package io.sellercenter.session;
