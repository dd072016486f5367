/**
 * Usage records on the web: the signed push API that merchants' servers call, integration
 * key management (密钥管理), and the usage ledger (话单管理) with its CSV export and export
 * history.
 */
package io.sellercenter.usage;
