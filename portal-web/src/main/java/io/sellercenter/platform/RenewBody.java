package io.sellercenter.platform;

import tools.jackson.databind.JsonNode;

/** {@code POST /instances/{instance_id}/renew}: the instance's new expiry, as sent. */
record RenewBody(@Sent.Required @Sent.Time JsonNode expireAt) {

}
