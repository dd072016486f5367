package io.sellercenter.saas;

/** A SaaS product of the merchant, as the debug and case pages offer it. */
public record SaasProduct(long id, String nameZh, String nameEn, String status) {

}
