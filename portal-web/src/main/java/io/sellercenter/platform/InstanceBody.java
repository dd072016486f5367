package io.sellercenter.platform;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /instances/{instance_id}/freeze|unfreeze|release}: when it happened, as
 * sent.
 */
record InstanceBody(@Sent.Time JsonNode changedAt) {

}
