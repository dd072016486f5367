package io.sellercenter.platform;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /instances/{instance_id}/spec}: the spec the instance moves to, as sent.
 */
record SpecChangeBody(@Sent.Required @Sent.WholeNumber JsonNode specId) {

}
