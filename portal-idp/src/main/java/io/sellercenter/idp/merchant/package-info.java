/**
 * A demo merchant server: the production interface a merchant of SaaS products runs,
 * which the portal calls for the marketplace when such a product is sold or debugged. It
 * answers at the root of this provider's own port (the merchant address is e.g.
 * {@code http://localhost:9000}), told apart from the provider's pages by method and
 * query parameters: {@code POST /?signature=&timestamp=&nonce=} with JSON (V2) and
 * {@code GET /?activity=&...&timeStamp=&authToken=} (the legacy V1). Keys, the mode each
 * key answers in (normal, failing, erroring, slow, processing) and the last calls
 * received are kept in memory and shown on {@code /sandbox/demo-merchant}. Written from
 * the contract alone, never from the portal's code, so that the portal's tests call a
 * server that got the contract right on its own. Development only, like the rest of this
 * module.
 */
package io.sellercenter.idp.merchant;
