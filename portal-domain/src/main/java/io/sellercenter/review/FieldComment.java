package io.sellercenter.review;

/** An operator's comment on one field of a reviewed request. */
public record FieldComment(String field, String comment) {

}
