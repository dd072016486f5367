package io.sellercenter.datafile;

import java.util.List;

/**
 * What validating a data-item file found.
 *
 * @param items how many data rows (blank rows not counted) were read; reading stops at
 * {@link DataItemFormat#MAX_ITEMS}
 * @param errors what is wrong, in row order, followed by at most one
 * {@code dataItem.tooManyRows} and one {@code dataItem.moreErrors}
 * @param preview the first {@link DataItemFormat#PREVIEW_SIZE} rows that had no error
 */
public record DataItemReport(int items, List<CellError> errors, List<DataItem> preview) {

	public DataItemReport {
		errors = List.copyOf(errors);
		preview = List.copyOf(preview);
	}

	static DataItemReport ofFile(String code) {
		return new DataItemReport(0, List.of(CellError.ofFile(code)), List.of());
	}

	/** True when the file can be accepted as it is. */
	public boolean valid() {
		return this.errors.isEmpty();
	}

}
