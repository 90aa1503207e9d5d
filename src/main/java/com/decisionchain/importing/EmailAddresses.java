package com.decisionchain.importing;

import java.util.Locale;

/** E-mail addresses compared case-insensitively (DESIGN §5). */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /**
     * Deliberately loose: one @, something before it, a dotted domain after it (something before its last dot
     * and something after), no white space (space, tab, line breaks).
     */
    public static boolean isValid(String email) {
        if (email == null) {
            return false;
        }
        String address = email.strip();
        int at = address.indexOf('@');
        if (at <= 0 || address.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        int lastDot = address.lastIndexOf('.');
        return lastDot > at + 1 && lastDot < address.length() - 1;
    }

    /**
     * The comparison key: the whole address lower-cased. The local part is case-sensitive by RFC 5321 but
     * no provider treats it so, and the import data relies on {@code Bob.Castellano@} = {@code bob.castellano@}.
     *
     * @return the key, or null for a blank or malformed address
     */
    public static String key(String email) {
        return isValid(email) ? email.strip().toLowerCase(Locale.ROOT) : null;
    }

    /** The lower-cased domain, or null for a blank or malformed address. */
    public static String domain(String email) {
        String key = key(email);
        return key == null ? null : key.substring(key.indexOf('@') + 1);
    }
}
