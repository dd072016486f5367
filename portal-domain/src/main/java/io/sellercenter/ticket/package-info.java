/**
 * Customer tickets. So far: each merchant's service hours and the working-time clock that
 * turns a first-response target in working minutes into a due time (and back), so that a
 * ticket opened on Friday evening is not overdue on Saturday morning. Times come in and
 * go out in UTC like everywhere in the portal; the hours themselves are wall-clock times
 * in the merchant's zone.
 */
package io.sellercenter.ticket;
