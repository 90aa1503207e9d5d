package com.decisionchain.importing;

/** The export layouts the importer reads (DESIGN §5). */
public enum ImportFormat {
    /** LinkedIn "Get a copy of your data" → {@code Connections.csv}, with or without its {@code Notes:} preamble. */
    LINKEDIN_CONNECTIONS,
    /** ZoomInfo contact export; columns are found by header name, in any order. */
    ZOOMINFO_CONTACTS,
    /** Any CSV with a header row, read through a caller-supplied column mapping. */
    GENERIC_CSV
}
