package com.decisionchain.importing;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Person names as matching keys: exact, diacritics-folded, and a Latin reading for cross-script review. */
public final class PersonNames {

    // Only the combining-diacritics blocks: stripping every mark would also strip kana voicing (ガ → カ).
    private static final Pattern DIACRITICS = Pattern.compile("[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]");
    /** Letters that are not a base letter plus a mark, so NFD leaves them alone. */
    private static final Map<Character, String> SPECIAL_LETTERS = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('ß', "ss"), Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ð', "d"), Map.entry('Ð', "D"),
            Map.entry('þ', "th"), Map.entry('Þ', "TH"), Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"));
    /** No code point below the CJK Radicals Supplement block belongs to the Han script. */
    private static final int FIRST_HAN = 0x2E80;
    private static Transliterator hanToLatin;

    private PersonNames() {
    }

    /**
     * Key for "exact first + last name": NFC, trimmed, inner white space collapsed, lower-cased.
     *
     * @return {@code first|last}, or null unless both parts are present (one name part alone is too weak)
     */
    public static String exactKey(String firstName, String lastName) {
        String first = exact(firstName);
        String last = exact(lastName);
        return first.isEmpty() || last.isEmpty() ? null : first + "|" + last;
    }

    /** Like {@link #exactKey} after {@link #fold}: José Martínez and Jose Martinez share it. */
    public static String foldedKey(String firstName, String lastName) {
        String first = fold(exact(firstName));
        String last = fold(exact(lastName));
        return first.isEmpty() || last.isEmpty() ? null : first + "|" + last;
    }

    /** Removes diacritics (é → e, ễ → e) and spells out special letters (ø → o, ł → l, æ → ae). */
    public static String fold(String text) {
        if (isAscii(text)) {
            // ASCII has no marks or special letters, and every normal form leaves it as it is.
            return text;
        }
        String withoutMarks = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder folded = new StringBuilder(withoutMarks.length());
        for (char c : withoutMarks.toCharArray()) {
            folded.append(SPECIAL_LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /**
     * A script-neutral reading for review suggestions only: Han characters become toneless pinyin (ICU
     * {@code Han-Latin}), everything is folded to the letters a–z, and the two parts are sorted so that
     * 娜 李 (given, family) and Na Li, or Li Na, read alike. Many names share a reading, which is why it never
     * merges anybody.
     *
     * @return the reading, or null unless both parts have Latin letters after transliteration
     */
    public static String latinReadingKey(String firstName, String lastName) {
        String first = latinLetters(firstName);
        String last = latinLetters(lastName);
        if (first.isEmpty() || last.isEmpty()) {
            return null;
        }
        return first.compareTo(last) <= 0 ? first + "|" + last : last + "|" + first;
    }

    /** True when either part contains a Han character. */
    public static boolean isHan(String firstName, String lastName) {
        return containsHan(firstName) || containsHan(lastName);
    }

    static boolean containsHan(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= FIRST_HAN && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** True when every character is ASCII: such text is its own NFC, NFD and NFKC and has nothing to fold. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String latinLetters(String name) {
        String latin = containsHan(name) ? transliterate(exact(name)) : exact(name);
        String folded = fold(latin).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    private static synchronized String transliterate(String text) {
        // Loaded on first use: building the ICU transliterator takes a noticeable moment.
        if (hanToLatin == null) {
            hanToLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        }
        return hanToLatin.transliterate(text);
    }

    private static String exact(String namePart) {
        if (namePart == null) {
            return "";
        }
        String normalised = isAscii(namePart) ? namePart.strip() : Normalizer.normalize(namePart, Normalizer.Form.NFC).strip();
        return collapseWhiteSpace(normalised).toLowerCase(Locale.ROOT);
    }

    /** Each run of white space (the regular-expression {@code \\s}: space, tab, line breaks) becomes one space. */
    static String collapseWhiteSpace(String text) {
        if (!needsCollapsing(text)) {
            return text;
        }
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = isWhiteSpace(c);
            if (!white) {
                collapsed.append(c);
            } else if (!inRun) {
                collapsed.append(' ');
            }
            inRun = white;
        }
        return collapsed.toString();
    }

    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhiteSpace(c) && (c != ' ' || i > 0 && isWhiteSpace(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
