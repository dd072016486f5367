package io.sellercenter.user;

/**
 * A sub-user's access changed: their groups or a group's menus ({@code endSessions}
 * false: open sessions take the new menus), or they were disabled or removed
 * ({@code endSessions} true: every session ends at once). Published after the change
 * commits.
 */
public record SubUserAccessChanged(long userId, boolean endSessions) {

}
