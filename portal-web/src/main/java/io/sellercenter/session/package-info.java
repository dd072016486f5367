/**
 * Portal sessions, kept in Redis by the portal's own repository (conditional writes, so
 * an ended session stays ended; an absolute lifetime besides the idle timeout), and their
 * links: which sessions belong to a user and to an identity provider session, so that "my
 * sessions", back-channel logout and disabling a user can end them on every instance.
 */
package io.sellercenter.session;
