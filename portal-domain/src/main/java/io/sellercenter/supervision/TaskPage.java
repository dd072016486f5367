package io.sellercenter.supervision;

import io.sellercenter.shared.Page;

/** A page of the list, and whether the count stopped at the cap. */
public record TaskPage(Page<Task> page, boolean capped) {

}
