package io.sellercenter.order;

/**
 * What is wrong with one field of a platform call: {@code field} as the call names it
 * ({@code lines[0].spec_id}), {@code message} for the developer of the calling system.
 */
public record Violation(String field, String message) {

}
