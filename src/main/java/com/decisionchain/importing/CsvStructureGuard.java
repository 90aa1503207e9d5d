package com.decisionchain.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * Sits between the decoder and the CSV parser and follows the RFC 4180 quoting state of every character the
 * parser will see. Commons CSV has no field-size limit and buffers a whole field, so an unclosed quote would
 * otherwise pull the rest of a 2-million-row file into one string; this guard stops at the first field or
 * record that breaks {@link ImportLimits}, rejects control characters, and reports an unclosed quote at the
 * line where it was opened. It also places decoding errors at their physical line.
 *
 * <p>The state machine mirrors {@code CSVFormat.DEFAULT}: a quote opens a quoted field only as the field's
 * first character, a doubled quote inside it is a literal quote, CR, LF and CRLF end a record outside quotes.
 */
final class CsvStructureGuard extends Reader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader in;
    private final ImportLimits limits;
    private State state = State.FIELD_START;
    private long line = 1;
    private boolean previousWasCarriageReturn;
    private long recordStartLine = 1;
    private long fieldStartLine = 1;
    private int fieldsInRecord = 1;
    private long fieldChars;

    CsvStructureGuard(Reader in, ImportLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int count;
        try {
            count = in.read(target, offset, length);
        } catch (ImportParseException e) {
            throw e.atLine(line);
        }
        if (count < 0) {
            if (state == State.QUOTED) {
                throw new ImportParseException(ImportErrorCode.UNBALANCED_QUOTES, fieldStartLine,
                        "a quoted field opened here is never closed");
            }
            return count;
        }
        for (int i = offset; i < offset + count; i++) {
            inspect(target[i]);
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void inspect(char c) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            throw new ImportParseException(ImportErrorCode.BINARY_CONTENT, line,
                    String.format("control character U+%04X: this is not a text export", (int) c));
        }
        boolean lineBreak = c == '\r' || (c == '\n' && !previousWasCarriageReturn);
        switch (state) {
            case FIELD_START -> {
                if (c == '"') {
                    startField(State.QUOTED);
                } else if (c == ',') {
                    nextField();
                } else if (c == '\r' || c == '\n') {
                    endRecord(lineBreak);
                } else {
                    startField(State.UNQUOTED);
                    countFieldChar();
                }
            }
            case UNQUOTED -> {
                if (c == ',') {
                    nextField();
                } else if (c == '\r' || c == '\n') {
                    endRecord(lineBreak);
                } else {
                    countFieldChar();
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    countFieldChar();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    countFieldChar();
                } else if (c == ',') {
                    nextField();
                } else if (c == '\r' || c == '\n') {
                    endRecord(lineBreak);
                } else {
                    // The parser rejects text after a closing quote; keep counting until it does.
                    state = State.UNQUOTED;
                    countFieldChar();
                }
            }
        }
        if (lineBreak) {
            line++;
        }
        previousWasCarriageReturn = c == '\r';
    }

    private void startField(State fieldState) {
        state = fieldState;
        fieldStartLine = line;
        fieldChars = 0;
    }

    private void countFieldChar() {
        if (++fieldChars > limits.maxCellChars()) {
            throw new ImportParseException(ImportErrorCode.CELL_TOO_LARGE, fieldStartLine,
                    "field " + fieldsInRecord + " is longer than " + limits.maxCellChars() + " characters");
        }
    }

    private void nextField() {
        state = State.FIELD_START;
        if (++fieldsInRecord > limits.maxColumns()) {
            throw new ImportParseException(ImportErrorCode.TOO_MANY_COLUMNS, recordStartLine,
                    "more than " + limits.maxColumns() + " fields in one record");
        }
    }

    private void endRecord(boolean lineBreak) {
        state = State.FIELD_START;
        fieldsInRecord = 1;
        recordStartLine = lineBreak ? line + 1 : line;
    }
}
