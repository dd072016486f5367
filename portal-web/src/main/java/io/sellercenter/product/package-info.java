/**
 * Product pages (商品管理): my products, my applications, the publish forms of the four types
 * (a SaaS product's with its interface's debug status), delisting requests, grants to
 * sub-users, and the products' files.
 */
package io.sellercenter.product;
