package com.decisionchain.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one export format is read: which header names feed which {@link PersonField}, which of them must be
 * present, and whether the header may follow a preamble. The three formats differ only in this data.
 *
 * @param format                  the layout's format
 * @param source                  source name written into every {@link ImportedPerson#source()}
 * @param columns                 header name for each field read
 * @param requiredFields          fields whose column the header must have
 * @param headerMayFollowPreamble true when the header is searched for in the first lines (LinkedIn's
 *                                {@code Notes:}); otherwise it is the first non-blank record
 */
public record ExportLayout(
        ImportFormat format,
        String source,
        Map<PersonField, String> columns,
        Set<PersonField> requiredFields,
        boolean headerMayFollowPreamble) {

    public static final String LINKEDIN_SOURCE = "linkedin";
    public static final String ZOOMINFO_SOURCE = "zoominfo";

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            englishDate("d MMM uuuu"),      // LinkedIn: 14 Oct 2025
            englishDate("MMMM d, uuuu"));   // ZoomInfo: December 01, 2025

    private static final List<PersonField> EMAIL_FIELDS = List.of(PersonField.EMAIL, PersonField.ALTERNATE_EMAIL);

    public ExportLayout {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a layout needs a source name");
        }
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        requiredFields = Collections.unmodifiableSet(requiredFields.isEmpty()
                ? EnumSet.noneOf(PersonField.class) : EnumSet.copyOf(requiredFields));
        if (!columns.keySet().containsAll(requiredFields)) {
            throw new IllegalArgumentException("required fields without a column: " + requiredFields);
        }
    }

    /** LinkedIn {@code Connections.csv}: all seven columns are required. */
    public static ExportLayout linkedInConnections() {
        Map<PersonField, String> columns = new EnumMap<>(PersonField.class);
        columns.put(PersonField.FIRST_NAME, "First Name");
        columns.put(PersonField.LAST_NAME, "Last Name");
        columns.put(PersonField.LINKEDIN_URL, "URL");
        columns.put(PersonField.EMAIL, "Email Address");
        columns.put(PersonField.COMPANY_NAME, "Company");
        columns.put(PersonField.TITLE, "Position");
        columns.put(PersonField.CONNECTED_ON, "Connected On");
        return new ExportLayout(ImportFormat.LINKEDIN_CONNECTIONS, LINKEDIN_SOURCE, columns, columns.keySet(), true);
    }

    /**
     * ZoomInfo contact export. Required are the columns that identify the person and the employer (contact id,
     * first and last name, company name); the others are read when the export has them.
     */
    public static ExportLayout zoomInfoContacts() {
        Map<PersonField, String> columns = new EnumMap<>(PersonField.class);
        columns.put(PersonField.VENDOR_ID, "ZoomInfo Contact ID");
        columns.put(PersonField.FIRST_NAME, "First Name");
        columns.put(PersonField.LAST_NAME, "Last Name");
        columns.put(PersonField.TITLE, "Job Title");
        columns.put(PersonField.COMPANY_NAME, "Company Name");
        columns.put(PersonField.COMPANY_VENDOR_ID, "ZoomInfo Company ID");
        columns.put(PersonField.COMPANY_WEBSITE, "Website");
        columns.put(PersonField.EMAIL, "Email Address");
        columns.put(PersonField.LINKEDIN_URL, "LinkedIn Contact Profile URL");
        columns.put(PersonField.PHONE, "Direct Phone Number");
        columns.put(PersonField.MOBILE_PHONE, "Mobile phone");
        columns.put(PersonField.MANAGEMENT_LEVEL, "Management Level");
        columns.put(PersonField.DEPARTMENT, "Department");
        columns.put(PersonField.PREVIOUS_TITLE, "Previous Job Title");
        columns.put(PersonField.PREVIOUS_COMPANY_NAME, "Previous Company Name");
        columns.put(PersonField.PREVIOUS_COMPANY_VENDOR_ID, "Previous Company ZoomInfo Company ID");
        columns.put(PersonField.LAST_JOB_CHANGE_DATE, "Last Job Change Date");
        columns.put(PersonField.CITY, "Person City");
        columns.put(PersonField.COUNTRY, "Country");
        return new ExportLayout(ImportFormat.ZOOMINFO_CONTACTS, ZOOMINFO_SOURCE, columns,
                EnumSet.of(PersonField.VENDOR_ID, PersonField.FIRST_NAME, PersonField.LAST_NAME, PersonField.COMPANY_NAME),
                false);
    }

    /**
     * Any CSV whose first non-blank record is the header. Every mapped column is required: a mapping that
     * names a column the file lacks is a mistake worth stopping for.
     *
     * @param source  name of the system the file came from; qualifies its vendor ids
     * @param columns header name for each field to read
     */
    public static ExportLayout genericCsv(String source, Map<PersonField, String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a generic CSV mapping needs at least one column");
        }
        return new ExportLayout(ImportFormat.GENERIC_CSV, source, columns, columns.keySet(), false);
    }

    /** Required column names the given header lacks, in field order. */
    List<String> missingColumns(ExportHeader header) {
        List<String> missing = new ArrayList<>();
        for (PersonField field : requiredFields) {
            if (header.indexOf(columns.get(field)).isEmpty()) {
                missing.add(columns.get(field));
            }
        }
        return missing;
    }

    /** Where this layout's fields are in a file with this header; looked up once per file, not once per row. */
    ColumnPositions positionsIn(ExportHeader header) {
        List<PersonField> fields = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        columns.forEach((field, column) -> header.indexOf(column).ifPresent(index -> {
            fields.add(field);
            indexes.add(index);
        }));
        return new ColumnPositions(header.names().size(), fields.toArray(PersonField[]::new),
                indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The columns a file has of a layout's fields, in field order.
     *
     * @param width   how many fields the header has
     * @param fields  the fields the file has a column for
     * @param indexes each field's column index
     */
    record ColumnPositions(int width, PersonField[] fields, int[] indexes) {
    }

    /** Maps one data record; a record that cannot be a person becomes a {@link RowError}. */
    ImportRow toRow(ColumnPositions positions, ExportRecord record) {
        long line = record.line();
        if (record.values().size() != positions.width()) {
            return new RowError(line, null, ImportErrorCode.RAGGED_ROW,
                    "expected " + positions.width() + " fields as in the header, found " + record.values().size());
        }
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        for (int i = 0; i < positions.fields().length; i++) {
            String value = record.values().get(positions.indexes()[i]).strip();
            if (!value.isEmpty()) {
                values.put(positions.fields()[i], value);
            }
        }
        for (PersonField emailField : EMAIL_FIELDS) {
            String email = values.get(emailField);
            if (email != null && !EmailAddresses.isValid(email)) {
                return new RowError(line, columns.get(emailField), ImportErrorCode.INVALID_VALUE, "not an e-mail address: " + email);
            }
        }
        LocalDate lastJobChange;
        LocalDate connectedOn;
        try {
            lastJobChange = date(values.get(PersonField.LAST_JOB_CHANGE_DATE));
        } catch (DateTimeParseException e) {
            return invalidDate(line, PersonField.LAST_JOB_CHANGE_DATE, values);
        }
        try {
            connectedOn = date(values.get(PersonField.CONNECTED_ON));
        } catch (DateTimeParseException e) {
            return invalidDate(line, PersonField.CONNECTED_ON, values);
        }
        List<String> emails = new ArrayList<>();
        for (PersonField emailField : EMAIL_FIELDS) {
            if (values.containsKey(emailField)) {
                emails.add(values.get(emailField));
            }
        }
        if (values.get(PersonField.FIRST_NAME) == null && values.get(PersonField.LAST_NAME) == null
                && values.get(PersonField.LINKEDIN_URL) == null && emails.isEmpty() && values.get(PersonField.VENDOR_ID) == null) {
            return new RowError(line, null, ImportErrorCode.MISSING_IDENTITY, "no name, profile URL, e-mail or vendor id");
        }
        return new ImportedPerson(source, format, line,
                values.get(PersonField.VENDOR_ID),
                values.get(PersonField.FIRST_NAME),
                values.get(PersonField.LAST_NAME),
                values.get(PersonField.TITLE),
                values.get(PersonField.COMPANY_NAME),
                values.get(PersonField.COMPANY_VENDOR_ID),
                values.get(PersonField.COMPANY_WEBSITE),
                emails,
                values.get(PersonField.LINKEDIN_URL),
                values.get(PersonField.PHONE),
                values.get(PersonField.MOBILE_PHONE),
                values.get(PersonField.MANAGEMENT_LEVEL),
                values.get(PersonField.DEPARTMENT),
                values.get(PersonField.PREVIOUS_TITLE),
                values.get(PersonField.PREVIOUS_COMPANY_NAME),
                values.get(PersonField.PREVIOUS_COMPANY_VENDOR_ID),
                lastJobChange,
                connectedOn,
                values.get(PersonField.CITY),
                values.get(PersonField.COUNTRY));
    }

    private RowError invalidDate(long line, PersonField field, Map<PersonField, String> values) {
        return new RowError(line, columns.get(field), ImportErrorCode.INVALID_VALUE,
                "not a date (expected e.g. 2025-10-14, 14 Oct 2025 or October 14, 2025): " + values.get(field));
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        DateTimeParseException last = null;
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }

    private static DateTimeFormatter englishDate(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
