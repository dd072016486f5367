/**
 * Data-item files of data-file products (数据文件类商品): an {@code .xlsx} workbook, at most 10
 * MB, that lists the data items a product delivers.
 * {@link io.sellercenter.datafile.DataItemValidator} checks one when it is uploaded and
 * names the row and column of every error; it streams the sheet, so a huge file costs
 * time, not memory.
 *
 * <p>
 * The format ({@link io.sellercenter.datafile.DataItemFormat}, templates in both
 * languages under {@code io/sellercenter/datafile/}): the first sheet counts; row 1 is
 * the header and the data items follow, one per row, blank rows skipped, at least one and
 * at most 10,000.
 * <table>
 * <caption>Columns</caption>
 * <tr>
 * <th>Column</th>
 * <th>Header (zh or en)</th>
 * <th>Rule</th>
 * </tr>
 * <tr>
 * <td>A</td>
 * <td>数据项名称 / Item name</td>
 * <td>required, at most 100 characters, unique in the file ignoring case</td>
 * </tr>
 * <tr>
 * <td>B</td>
 * <td>数据类型 / Data type</td>
 * <td>required: STRING, INTEGER, DECIMAL, BOOLEAN, DATE, DATETIME in any case, or 字符串,
 * 整数, 小数, 布尔, 日期, 日期时间</td>
 * </tr>
 * <tr>
 * <td>C</td>
 * <td>描述 / Description</td>
 * <td>required, at most 500 characters</td>
 * </tr>
 * <tr>
 * <td>D</td>
 * <td>示例值 / Sample value</td>
 * <td>optional, at most 200 characters, of the row's type: INTEGER digits with an
 * optional sign; DECIMAL a number; BOOLEAN true/false/是/否; DATE {@code yyyy-MM-dd} or a
 * date cell; DATETIME {@code yyyy-MM-dd HH:mm:ss} or a date cell</td>
 * </tr>
 * <tr>
 * <td>E</td>
 * <td>是否必填 / Required</td>
 * <td>required: Y/N or 是/否</td>
 * </tr>
 * </table>
 * A non-empty header cell after column E is an error; cells after E in data rows are
 * ignored. When a header cell of A to E is wrong, the rows are not checked, since their
 * meaning is unknown.
 *
 * <p>
 * Size and the zip signature are checked with every upload (see
 * {@code io.sellercenter.file}); this package checks the content, and refuses a stream
 * over 10 MB only so as never to hold more. Before the workbook is read, the archive is
 * scanned for what would make the reader use far more memory or time than the file's size
 * suggests (zip bombs, giant cells or rows, deep nesting, DTDs), and such a file is
 * refused whole. Numbers longer than 100 characters as written, and formulas beyond their
 * limits (500 characters each, 1 MB in all counting a shared formula for every cell that
 * uses it, 10 array formulas), are refused there too, naming their cell. A number beyond
 * what a spreadsheet holds (more than 40 digits, or beyond ±1E308) and a number format
 * longer than 255 characters are errors of their cell, found before the value is
 * converted to text.
 */
package io.sellercenter.datafile;
