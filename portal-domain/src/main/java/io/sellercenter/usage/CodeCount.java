package io.sellercenter.usage;

/** How many records were rejected with a code in a period. */
public record CodeCount(String code, long count) {

}
