package com.decisionchain.importing;

/**
 * Bounds on one export so a hostile or broken file cannot exhaust memory; the reader enforces them while
 * streaming, before the CSV parser buffers an oversized field.
 *
 * @param maxColumns   fields per record
 * @param maxCellChars characters (UTF-16 code units) per field, quotes excluded
 * @param maxRows      data rows per file, blank lines excluded
 */
public record ImportLimits(int maxColumns, int maxCellChars, long maxRows) {

    public static final ImportLimits DEFAULT = new ImportLimits(500, 64 * 1024, 2_000_000);

    public ImportLimits {
        if (maxColumns < 1 || maxCellChars < 1 || maxRows < 1) {
            throw new IllegalArgumentException("import limits must be positive: " + maxColumns + ", " + maxCellChars + ", " + maxRows);
        }
    }
}
