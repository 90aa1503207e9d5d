package com.decisionchain.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The header row of an export. Columns are looked up by name, ignoring case and surrounding white space,
 * because vendors are inconsistent about both (ZoomInfo writes {@code Mobile phone}).
 */
public final class ExportHeader {

    private final long line;
    private final List<String> names;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Set<String> duplicatedKeys = new HashSet<>();

    ExportHeader(long line, List<String> names) {
        this.line = line;
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            if (indexByKey.putIfAbsent(key(names.get(i)), i) != null) {
                duplicatedKeys.add(key(names.get(i)));
            }
        }
    }

    /** Physical 1-based line of the header row. */
    public long line() {
        return line;
    }

    /** Column names as written. */
    public List<String> names() {
        return names;
    }

    public OptionalInt indexOf(String column) {
        Integer index = indexByKey.get(key(column));
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    boolean isDuplicated(String column) {
        return duplicatedKeys.contains(key(column));
    }

    static String key(String column) {
        // A stray BOM can survive inside a quoted first cell of re-saved files.
        return column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
