package io.sellercenter.platform;

import tools.jackson.databind.JsonNode;

/**
 * The event id every changing call carries, read before anything else so that a repeated
 * call is recognised whatever else it holds.
 */
record EventBody(@Sent.Required @Sent.Id JsonNode eventId) {

}
