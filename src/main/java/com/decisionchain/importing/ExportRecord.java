package com.decisionchain.importing;

import java.util.List;

/** One CSV record as parsed, before any format mapping, with the physical line it starts on. */
record ExportRecord(long line, List<String> values) {

    /** An empty physical line; skipped everywhere. */
    boolean isBlankLine() {
        return values.size() == 1 && values.get(0).isBlank();
    }
}
