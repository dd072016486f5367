/**
 * 应用工具 of SaaS products: the production address and keys (生产地址管理, 密钥管理), interface
 * debugging (接口调测: a request from a mock order, previewed and sent with testFlag, its
 * answer and verdict, saved as a case), the saved cases (调试用例管理) with their runs, the
 * dial-test sweep twice a day and the operators' list of products whose dial tests keep
 * failing, the interface messages of failed production calls (生产接口消息) with call again;
 * and the order query that merchants' servers call.
 */
package io.sellercenter.saas;
