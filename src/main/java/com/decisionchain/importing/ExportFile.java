package com.decisionchain.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An opened export, read once front to back. Iterating yields every data row in file order as an
 * {@link ImportedPerson} or a {@link RowError}; blank lines are skipped. A file-level problem found further
 * down (bad bytes, an unclosed quote, a limit) ends the iteration with {@link ImportParseException}, and the
 * caller must then discard the rows it already has: DESIGN §5 imports a file whole or not at all.
 * A failing read of the underlying stream surfaces as {@link UncheckedIOException}.
 */
public final class ExportFile implements Iterable<ImportRow>, Closeable {

    private final ExportLayout layout;
    private final ExportHeader header;
    private final ExportLayout.ColumnPositions positions;
    private final StrictDecodingReader text;
    private final CsvRecordCursor cursor;
    private final long maxRows;
    private ExportRecord nextRecord;
    private long dataRows;
    private boolean iterated;

    ExportFile(ExportLayout layout, ExportHeader header, StrictDecodingReader text, CsvRecordCursor cursor,
               ExportRecord firstDataRecord, long maxRows) {
        this.layout = layout;
        this.header = header;
        this.positions = layout.positionsIn(header);
        this.text = text;
        this.cursor = cursor;
        this.nextRecord = firstDataRecord;
        this.maxRows = maxRows;
    }

    public ExportLayout layout() {
        return layout;
    }

    public ExportHeader header() {
        return header;
    }

    /**
     * The file's encoding. Without a byte-order mark it is settled at the first non-ASCII byte, so it is final
     * once the rows have been read; until then a pure-ASCII prefix reports {@link DetectedEncoding#UTF_8}.
     */
    public DetectedEncoding encoding() {
        return text.encoding();
    }

    /** The rows; a file can be iterated once. */
    @Override
    public Iterator<ImportRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("an export file is read once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return nextRecord != null;
            }

            @Override
            public ImportRow next() {
                if (nextRecord == null) {
                    throw new NoSuchElementException();
                }
                ExportRecord current = nextRecord;
                if (++dataRows > maxRows) {
                    throw new ImportParseException(ImportErrorCode.TOO_MANY_ROWS, current.line(), "more than " + maxRows + " data rows");
                }
                try {
                    nextRecord = ExportReader.nextNonBlank(cursor);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return layout.toRow(positions, current);
            }
        };
    }

    @Override
    public void close() throws IOException {
        cursor.close();
    }
}
