package com.decisionchain.importing;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses compared case-insensitively (DESIGN §5). */
public final class EmailAddresses {

    // Deliberately loose: one @, something before it, a dotted domain after it, no white space.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        return email != null && SHAPE.matcher(email.strip()).matches();
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
