package com.decisionchain.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Company names as comparison keys (DESIGN §5): case, diacritics, punctuation and legal suffixes removed. */
public final class CompanyNames {

    private static final String PUNCTUATION = ".,&()";
    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc", "llc", "llp", "ltd", "limited", "gmbh", "co", "corp", "pvt", "plc", "ag", "sa");
    /** Longest first, so 股份有限公司 is not cut to 股份. */
    private static final List<String> CHINESE_LEGAL_SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "集团", "集團");
    /**
     * Company cells that name no organisation: self-employment and placeholders. LinkedIn members write these
     * in the Company column; making an account of them would lump unrelated people together.
     */
    private static final Set<String> NOT_AN_ORGANISATION = Set.of(
            "self-employed", "self employed", "freelance", "freelancer", "independent consultant", "independent",
            "retired", "unemployed", "none", "n/a", "-", "独立顾问", "自由职业", "自由职业者", "个体户", "无");

    private CompanyNames() {
    }

    /**
     * The key: NFKC (full-width forms), diacritics folded, lower-cased, {@code . , & ( )} replaced by spaces,
     * white space collapsed, then legal suffixes removed from the end, repeatedly ("Pvt. Ltd.", "Co., Ltd.").
     * Suffixes are only removed at the end, where they mean a legal form: "Co Op Bank" keeps its "co".
     *
     * @return the key, or null for a blank cell or a non-organisation ({@link #isNotAnOrganisation})
     */
    public static String key(String companyName) {
        if (companyName == null || companyName.isBlank() || isNotAnOrganisation(companyName)) {
            return null;
        }
        String compatible = PersonNames.isAscii(companyName) ? companyName : Normalizer.normalize(companyName, Normalizer.Form.NFKC);
        String key = PersonNames.collapseWhiteSpace(punctuationAsSpace(PersonNames.fold(compatible).toLowerCase(Locale.ROOT))).strip();
        int space = key.lastIndexOf(' ');
        while (space >= 0 && LEGAL_SUFFIXES.contains(key.substring(space + 1))) {
            key = key.substring(0, space);
            space = key.lastIndexOf(' ');
        }
        boolean removed = true;
        while (removed) {
            removed = false;
            for (String suffix : CHINESE_LEGAL_SUFFIXES) {
                if (key.endsWith(suffix) && key.length() > suffix.length()) {
                    key = key.substring(0, key.length() - suffix.length()).strip();
                    removed = true;
                }
            }
        }
        return key;
    }

    private static String punctuationAsSpace(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (PUNCTUATION.indexOf(chars[i]) >= 0) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** True for self-employment and placeholder cells such as 独立顾问 or "Self-employed". */
    public static boolean isNotAnOrganisation(String companyName) {
        return NOT_AN_ORGANISATION.contains(companyName.strip().toLowerCase(Locale.ROOT));
    }

    /** True when the name contains a Han character; such names never equal their Latin translation as text. */
    static boolean isHan(String companyName) {
        return PersonNames.containsHan(companyName);
    }
}
