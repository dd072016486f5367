/**
 * The platform API (machine to machine, §11): the marketplace's other systems push
 * orders, status changes and instance changes, and read merchants' catalogues, under
 * {@code /api/platform/v1/} with OAuth2 client-credentials tokens (scope
 * {@code platform}). Every call that changes something carries an {@code event_id} and is
 * idempotent on it; bad input is a 400 with a message per field and stores nothing. The
 * API is described in {@code static/api/platform/openapi.yaml}.
 */
package io.sellercenter.platform;
