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
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Letters that are not a base letter plus a mark, so NFD leaves them alone. */
    private static final Map<Character, String> SPECIAL_LETTERS = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('ß', "ss"), Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ð', "d"), Map.entry('Ð', "D"),
            Map.entry('þ', "th"), Map.entry('Þ', "TH"), Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"));
    private static final Pattern NOT_A_LATIN_LETTER = Pattern.compile("[^a-z]");
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

    private static boolean containsHan(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String latinLetters(String name) {
        String latin = containsHan(name) ? transliterate(exact(name)) : exact(name);
        return NOT_A_LATIN_LETTER.matcher(fold(latin).toLowerCase(Locale.ROOT)).replaceAll("");
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
        String normalised = Normalizer.normalize(namePart, Normalizer.Form.NFC).strip();
        return WHITE_SPACE.matcher(normalised).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
