/**
 * 应用工具 pages of SaaS products: interface debugging (接口调测: a request from a mock order,
 * previewed and sent with testFlag, its answer and verdict, saved as a case), the saved
 * cases (调试用例管理) with their runs, the dial-test sweep twice a day, and the operators'
 * list of products whose dial tests keep failing.
 */
package io.sellercenter.saas;
