package io.sellercenter.order;

import java.util.List;

/** The details page: the order, its instances and its history, oldest change first. */
public record OrderDetails(Order order, List<Instance> instances, List<HistoryEntry> history) {

}
