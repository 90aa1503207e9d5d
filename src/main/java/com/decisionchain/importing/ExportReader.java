package com.decisionchain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Opens contact exports for streaming: detects the encoding, finds and checks the header, then hands out
 * rows one at a time through {@link ExportFile}. Memory stays bounded by {@link ImportLimits} whatever the
 * file size. Problems with the file as a whole are thrown as {@link ImportParseException}; problems with
 * one row come out in file order as {@link RowError}.
 */
public final class ExportReader {

    /** How far into a LinkedIn file its header row is looked for, in physical lines. */
    static final int HEADER_SEARCH_LINES = 20;

    private static final ExportLayout LINKEDIN = ExportLayout.linkedInConnections();
    private static final ExportLayout ZOOMINFO = ExportLayout.zoomInfoContacts();

    private final ImportLimits limits;

    public ExportReader(ImportLimits limits) {
        this.limits = limits;
    }

    public ExportReader() {
        this(ImportLimits.DEFAULT);
    }

    /**
     * Reads up to the first data row. The caller owns the returned file and must close it, which closes
     * {@code bytes}; when opening fails, {@code bytes} is closed here.
     *
     * @throws ImportParseException for a file that cannot be imported at all
     * @throws IOException          when reading {@code bytes} fails
     */
    public ExportFile open(InputStream bytes, ExportLayout layout) throws IOException {
        try {
            StrictDecodingReader text = new StrictDecodingReader(bytes);
            CsvRecordCursor cursor = new CsvRecordCursor(new CsvStructureGuard(text, limits));
            ExportHeader header = findHeader(cursor, layout);
            ExportRecord firstDataRecord = nextNonBlank(cursor);
            if (firstDataRecord == null) {
                throw new ImportParseException(ImportErrorCode.NO_DATA_ROWS, header.line(), "the header is not followed by any data row");
            }
            return new ExportFile(layout, header, text, cursor, firstDataRecord, limits.maxRows());
        } catch (RuntimeException | IOException e) {
            bytes.close();
            throw e;
        }
    }

    private static ExportHeader findHeader(CsvRecordCursor cursor, ExportLayout layout) throws IOException {
        ExportRecord firstRecord = null;
        for (ExportRecord record = cursor.next(); record != null; record = cursor.next()) {
            if (record.isBlankLine()) {
                continue;
            }
            if (firstRecord == null) {
                firstRecord = record;
            }
            ExportHeader candidate = new ExportHeader(record.line(), record.values());
            if (layout.missingColumns(candidate).isEmpty()) {
                return checkedHeader(candidate, layout);
            }
            Optional<ImportFormat> recognised = recogniseOtherFormat(record, layout.format());
            if (recognised.isPresent()) {
                throw new ImportParseException(ImportErrorCode.WRONG_FORMAT, record.line(),
                        "this looks like " + recognised.get() + ", not " + layout.format());
            }
            if (!layout.headerMayFollowPreamble() || record.line() >= HEADER_SEARCH_LINES) {
                break;
            }
        }
        if (firstRecord == null) {
            throw new ImportParseException(ImportErrorCode.EMPTY_FILE, "the file has no records, only blank lines");
        }
        if (layout.headerMayFollowPreamble()) {
            throw new ImportParseException(ImportErrorCode.HEADER_NOT_FOUND,
                    "no header row " + String.join(",", layout.columns().values()) + " in the first " + HEADER_SEARCH_LINES + " lines");
        }
        ExportHeader header = new ExportHeader(firstRecord.line(), firstRecord.values());
        throw new ImportParseException(ImportErrorCode.MISSING_COLUMNS, header.line(),
                "the header lacks " + String.join(", ", layout.missingColumns(header)));
    }

    private static ExportHeader checkedHeader(ExportHeader header, ExportLayout layout) {
        for (String column : layout.columns().values()) {
            if (header.isDuplicated(column)) {
                throw new ImportParseException(ImportErrorCode.DUPLICATE_COLUMN, header.line(),
                        "column '" + column + "' appears more than once; which one to read is ambiguous");
            }
        }
        return header;
    }

    /** Recognises the header (or LinkedIn preamble) of another built-in format; a generic mapping takes any file. */
    private static Optional<ImportFormat> recogniseOtherFormat(ExportRecord record, ImportFormat declared) {
        ExportHeader asHeader = new ExportHeader(record.line(), record.values());
        ImportFormat recognised = null;
        if (record.values().size() == 1 && ExportHeader.key(record.values().get(0)).equals("notes:")
                || LINKEDIN.missingColumns(asHeader).isEmpty()) {
            recognised = ImportFormat.LINKEDIN_CONNECTIONS;
        } else if (asHeader.indexOf(ZOOMINFO.columns().get(PersonField.VENDOR_ID)).isPresent()) {
            recognised = ImportFormat.ZOOMINFO_CONTACTS;
        }
        return recognised == null || recognised == declared || declared == ImportFormat.GENERIC_CSV
                ? Optional.empty() : Optional.of(recognised);
    }

    static ExportRecord nextNonBlank(CsvRecordCursor cursor) throws IOException {
        ExportRecord record = cursor.next();
        while (record != null && record.isBlankLine()) {
            record = cursor.next();
        }
        return record;
    }
}
