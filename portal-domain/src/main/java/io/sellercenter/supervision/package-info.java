/**
 * Service supervision (服务监管): the supervised delivery of data-file products (and of any
 * product whose listing says so). A paid order line gets a task that holds the order
 * PROCESSING until the customer accepts the delivery; each step has a due time, the
 * merchant may appeal to the marketplace's operators, and the customer may ask to
 * unsubscribe.
 */
package io.sellercenter.supervision;
