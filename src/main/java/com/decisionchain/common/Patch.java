package com.decisionchain.common;

/** Partial-update rules shared by every patch input: null keeps a value, an empty string clears it. */
public final class Patch {

    private Patch() {
    }

    public static String text(String patched, String current) {
        if (patched == null) {
            return current;
        }
        return blankToNull(patched);
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Optimistic locking: when the client names the version it read, it must still be current. */
    public static void checkVersion(Integer expectedVersion, int currentVersion) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw ApiException.conflict("Version " + expectedVersion + " is not current (now " + currentVersion
                    + "); reload and retry");
        }
    }

    /** A case-insensitive LIKE pattern (escape character backslash) matching text that contains {@code search}. */
    public static String containsPattern(String search) {
        String escaped = search.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
