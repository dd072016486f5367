package io.sellercenter.product;

/**
 * A rule a field breaks; {@code field} as in the review's field map, {@code code} a
 * message key.
 */
public record FieldError(String field, String code) {

}
