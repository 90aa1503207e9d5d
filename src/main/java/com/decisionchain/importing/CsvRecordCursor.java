package com.decisionchain.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV records one at a time and tags each with the physical line it starts on. */
final class CsvRecordCursor implements AutoCloseable {

    // Empty lines come back as records so their lines are counted where they are; callers skip them.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvRecordCursor(Reader text) throws IOException {
        this.parser = FORMAT.parse(text);
        this.records = parser.iterator();
    }

    /** The next record, or null at the end of the file. */
    ExportRecord next() throws IOException {
        // Before the parser reads a record it has consumed exactly the lines before it.
        long line = parser.getCurrentLineNumber() + 1;
        try {
            return new ExportRecord(line, Arrays.asList(records.next().values()));
        } catch (NoSuchElementException endOfFile) {
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new ImportParseException(ImportErrorCode.MALFORMED_CSV, line, e.getCause().getMessage());
            }
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
