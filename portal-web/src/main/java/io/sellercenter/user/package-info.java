/**
 * Sub-user management (子用户管理) for the main account: registering IAM users, their
 * permission groups, disabling and removing them, and ending their sessions.
 */
package io.sellercenter.user;
