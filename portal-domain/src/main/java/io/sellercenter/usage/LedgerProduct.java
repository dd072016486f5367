package io.sellercenter.usage;

/** A product the ledger can be filtered by, with its names in both languages. */
public record LedgerProduct(long id, String nameZh, String nameEn) {

}
