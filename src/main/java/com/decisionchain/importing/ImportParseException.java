package com.decisionchain.importing;

import java.util.OptionalLong;

/** The one exception the import parsers throw for a file they reject; {@link #code()} is stable. */
public final class ImportParseException extends RuntimeException {

    private final ImportErrorCode code;
    private final long line;
    private final String detail;

    /** A file-level error not tied to a line (empty file, missing columns, ...). */
    public ImportParseException(ImportErrorCode code, String message) {
        this(code, 0, message, null);
    }

    /** An error at a physical 1-based line of the file. */
    public ImportParseException(ImportErrorCode code, long line, String message) {
        this(code, line, message, null);
    }

    private ImportParseException(ImportErrorCode code, long line, String detail, Throwable cause) {
        super(code + (line > 0 ? " at line " + line : "") + ": " + detail, cause);
        this.code = code;
        this.line = line;
        this.detail = detail;
    }

    public ImportErrorCode code() {
        return code;
    }

    /** The physical 1-based line where the problem is, when it has one. */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /** This error placed at {@code atLine}, unless it already knows its line. */
    ImportParseException atLine(long atLine) {
        return line > 0 ? this : new ImportParseException(code, atLine, detail, this);
    }
}
