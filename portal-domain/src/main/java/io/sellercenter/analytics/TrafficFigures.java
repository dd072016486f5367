package io.sellercenter.analytics;

/**
 * What the platform sends of one product for one day: checked for its bounds by the
 * caller, for its product by {@link TrafficIntake}.
 */
public record TrafficFigures(long productId, long pageViews, long visitors) {

}
