package com.decisionchain.importing;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.decisionchain.common.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The layout a job reads its file with, from its format and, for GENERIC_CSV, its column mapping. */
final class ImportLayouts {

    /** Source name of a generic CSV when the upload names none. */
    static final String GENERIC_SOURCE = "csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportLayouts() {
    }

    static ImportFormat format(String format) {
        if (format == null || format.isBlank()) {
            throw ApiException.invalid("format", "is required: LINKEDIN_CONNECTIONS, ZOOMINFO_CONTACTS or GENERIC_CSV");
        }
        try {
            return ImportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("format", "must be LINKEDIN_CONNECTIONS, ZOOMINFO_CONTACTS or GENERIC_CSV");
        }
    }

    static ExportLayout layout(ImportFormat format, String mapping, String source) {
        return switch (format) {
            case LINKEDIN_CONNECTIONS -> ExportLayout.linkedInConnections();
            case ZOOMINFO_CONTACTS -> ExportLayout.zoomInfoContacts();
            case GENERIC_CSV -> ExportLayout.genericCsv(source == null ? GENERIC_SOURCE : source, columns(mapping));
        };
    }

    /** Source names qualify vendor ids and become external-id systems: short, lower-case, no separators. */
    static String source(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String name = source.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9_-]{0,29}") || name.equals(ExportLayout.LINKEDIN_SOURCE)
                || name.equals(ExportLayout.ZOOMINFO_SOURCE) || name.equals("app")) {
            throw ApiException.invalid("source", "must be 1-30 letters, digits, '_' or '-', starting with a letter, "
                    + "and not linkedin, zoominfo or app");
        }
        return name;
    }

    /** {@code {"FIRST_NAME": "Given name", "EMAIL": "Mail"}}: target field → header name. */
    static Map<PersonField, String> columns(String mapping) {
        if (mapping == null || mapping.isBlank()) {
            throw ApiException.invalid("mapping", "is required for GENERIC_CSV: a JSON object of field to column header, "
                    + "e.g. {\"FIRST_NAME\": \"Given name\", \"EMAIL\": \"Mail\"}");
        }
        JsonNode root;
        try {
            root = JSON.readTree(mapping);
        } catch (Exception e) {
            throw ApiException.invalid("mapping", "is not valid JSON");
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw ApiException.invalid("mapping", "must be a non-empty JSON object of field to column header");
        }
        Map<PersonField, String> columns = new EnumMap<>(PersonField.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            PersonField field;
            try {
                field = PersonField.valueOf(entry.getKey().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("mapping", "unknown field '" + entry.getKey() + "'; known: "
                        + java.util.Arrays.toString(PersonField.values()));
            }
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                throw ApiException.invalid("mapping", "the column for " + field + " must be a header name");
            }
            columns.put(field, entry.getValue().asText());
        }
        return columns;
    }
}
