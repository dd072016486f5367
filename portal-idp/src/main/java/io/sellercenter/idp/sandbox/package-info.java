/**
 * The customer's side of tickets, played by hand: pages under {@code /sandbox/tickets}
 * where a person trying the portal opens tickets as a marketplace customer and answers
 * the merchant. They call the portal's real platform API ({@code /api/platform/v1}) with
 * a client-credentials token from this provider, as the marketplace's own systems would.
 * Development only, like the rest of this module; nothing is stored but the list of
 * tickets opened during this run.
 */
package io.sellercenter.idp.sandbox;
