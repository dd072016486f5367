package io.sellercenter.analytics;

import java.time.LocalDate;

/**
 * A product's page views and visitors on one marketplace day (Asia/Shanghai), as the
 * platform last sent them.
 */
public record TrafficDay(long productId, LocalDate day, long pageViews, long visitors) {

}
