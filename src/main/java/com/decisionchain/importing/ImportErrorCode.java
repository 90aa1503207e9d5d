package com.decisionchain.importing;

/**
 * Stable codes for everything that can be wrong with an export. Clients and stored job reports key on
 * these names, so they never change meaning; add new ones instead.
 */
public enum ImportErrorCode {
    // File-level: the whole file is rejected.
    /** No bytes, or only a byte-order mark. */
    EMPTY_FILE,
    /** Bytes that are not UTF-8, UTF-16 with BOM or GB18030 (or a UTF-32 BOM). */
    ENCODING_UNSUPPORTED,
    /** NUL or other control characters: not a text export. */
    BINARY_CONTENT,
    /** The format's header row was not found where it must be. */
    HEADER_NOT_FOUND,
    /** The file is recognisably another supported format than the one declared. */
    WRONG_FORMAT,
    /** The header lacks columns the format or the column mapping needs. */
    MISSING_COLUMNS,
    /** A column the importer reads appears more than once in the header. */
    DUPLICATE_COLUMN,
    /** A header but not a single data row. */
    NO_DATA_ROWS,
    /** A quoted field is still open at the end of the file. */
    UNBALANCED_QUOTES,
    /** Text the CSV parser cannot read, such as characters after a closing quote. */
    MALFORMED_CSV,
    /** A record has more fields than {@link ImportLimits#maxColumns()}. */
    TOO_MANY_COLUMNS,
    /** A field is longer than {@link ImportLimits#maxCellChars()}. */
    CELL_TOO_LARGE,
    /** More data rows than {@link ImportLimits#maxRows()}. */
    TOO_MANY_ROWS,

    // Row-level: the row is skipped and reported; the other rows still import.
    /** The row has a different number of fields than the header. */
    RAGGED_ROW,
    /** A value that does not parse: a date, an e-mail address. */
    INVALID_VALUE,
    /** The row names nobody: no name, profile URL, e-mail or vendor id. */
    MISSING_IDENTITY
}
