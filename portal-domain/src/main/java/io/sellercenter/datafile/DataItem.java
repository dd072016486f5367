package io.sellercenter.datafile;

/**
 * A data item a data-file product delivers, as read from a valid row.
 *
 * @param name the item's name, trimmed
 * @param type a {@link DataItemType} name, e.g. {@code DECIMAL}, whatever language the
 * row used
 * @param description what the item holds, trimmed
 * @param sample an example value in a normal form ({@code 2024-05-01},
 * {@code 2024-05-01 08:30:00}, {@code true}, {@code 42}), or null when the row gives none
 * @param required whether every record carries the item
 */
public record DataItem(String name, String type, String description, String sample, boolean required) {

}
