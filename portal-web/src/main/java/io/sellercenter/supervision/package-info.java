/**
 * 服务监管 pages: the merchant's supervision tasks (pending on me, mine, all I may see) with
 * their figures, a task's page with its timeline and steps, and the unsubscribe requests.
 */
package io.sellercenter.supervision;
