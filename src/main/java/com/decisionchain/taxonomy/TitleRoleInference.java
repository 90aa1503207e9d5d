package com.decisionchain.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Suggests a buying role from a job title with the title taxonomy
 * ({@code pattern,language,role,seniority,department,confidence,notes}; English, German and Chinese).
 *
 * <p>How a rule matches: its {@code pattern} is a Java regular expression searched anywhere in the title
 * ({@link java.util.regex.Matcher#find()}), ignoring case, with Unicode character classes so that {@code \b}
 * treats Chinese characters as word characters ({@code \bceo\b} does not fire inside {@code CEO助理}, which
 * the Chinese rules handle). The title is NFKC-normalised first (full-width {@code ＣＥＯ} reads as CEO) and its
 * white space collapsed. Rules are tried in file order and the first match wins; the taxonomy's notes rely on
 * that ("must precede CEO/CFO/president rules", "check before 'vice president'"). The {@code language}
 * column does not restrict a rule: mixed titles such as {@code IT经理} need the Chinese rules, and English
 * rules cannot fire on Chinese text. When no rule matches, the vendor's seniority decides with
 * {@link #SENIORITY_FALLBACK_CONFIDENCE}, below every rule in the taxonomy (lowest 0.25).
 */
public final class TitleRoleInference {

    /** Confidence of a role read from the vendor seniority alone. */
    public static final double SENIORITY_FALLBACK_CONFIDENCE = 0.20;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String[] COLUMNS = {"pattern", "language", "role", "seniority", "department", "confidence", "notes"};
    /** Mirrors the taxonomy's own generic fallbacks: director → Decision Maker, manager → Initiator, else User. */
    private static final Map<Seniority, BuyingRole> ROLE_BY_SENIORITY = new EnumMap<>(Map.of(
            Seniority.BOARD, BuyingRole.DECISION_MAKER,
            Seniority.C_LEVEL, BuyingRole.DECISION_MAKER,
            Seniority.VP, BuyingRole.DECISION_MAKER,
            Seniority.DIRECTOR, BuyingRole.DECISION_MAKER,
            Seniority.MANAGER, BuyingRole.INITIATOR,
            Seniority.NON_MANAGER, BuyingRole.USER));

    private final List<TitleRule> rules;

    private TitleRoleInference(List<TitleRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads a whole taxonomy CSV (UTF-8, header row first) and closes {@code csv}.
     *
     * @throws IllegalArgumentException for a malformed rule, naming its line
     * @throws IOException              when reading fails or the text is not UTF-8
     */
    public static TitleRoleInference load(InputStream csv) throws IOException {
        Reader text = new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<TitleRule> rules = new ArrayList<>();
        try (CSVParser parser = format.parse(text)) {
            if (!parser.getHeaderNames().equals(List.of(COLUMNS))) {
                throw invalid(1, "expected the header " + String.join(",", COLUMNS) + ", found " + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord record : parser) {
                // The header is line 1 and no rule spans lines, so a rule's line is its record number plus one.
                rules.add(rule((int) record.getRecordNumber() + 1, record));
            }
        }
        return new TitleRoleInference(rules);
    }

    public List<TitleRule> rules() {
        return rules;
    }

    /**
     * @param title           the job title as written; may be null
     * @param vendorSeniority the vendor's seniority label (ZoomInfo {@code Management Level}); may be null
     * @return the first matching rule's suggestion, else the seniority fallback, else empty
     */
    public Optional<RoleInference> infer(String title, String vendorSeniority) {
        if (title != null && !title.isBlank()) {
            String normalised = WHITE_SPACE.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC).strip()).replaceAll(" ");
            for (TitleRule rule : rules) {
                if (rule.pattern().matcher(normalised).find()) {
                    return Optional.of(new RoleInference(rule.role(), rule.seniority(), rule.department(),
                            rule.confidence(), InferenceSource.TITLE_RULE, rule));
                }
            }
        }
        return Seniority.fromLabel(vendorSeniority)
                .filter(ROLE_BY_SENIORITY::containsKey)
                .map(seniority -> new RoleInference(ROLE_BY_SENIORITY.get(seniority), seniority, null,
                        SENIORITY_FALLBACK_CONFIDENCE, InferenceSource.VENDOR_SENIORITY, null));
    }

    private static TitleRule rule(int line, CSVRecord record) {
        if (record.size() != COLUMNS.length) {
            throw invalid(line, "expected " + COLUMNS.length + " fields, found " + record.size());
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(record.get("pattern"), FLAGS);
        } catch (PatternSyntaxException e) {
            throw invalid(line, "pattern does not compile: " + e.getDescription());
        }
        BuyingRole role;
        try {
            role = BuyingRole.fromLabel(record.get("role"));
        } catch (IllegalArgumentException e) {
            throw invalid(line, "unknown role '" + record.get("role") + "'");
        }
        Seniority seniority = Seniority.fromLabel(record.get("seniority"))
                .orElseThrow(() -> invalid(line, "unknown seniority '" + record.get("seniority") + "'"));
        double confidence;
        try {
            confidence = Double.parseDouble(record.get("confidence"));
        } catch (NumberFormatException e) {
            throw invalid(line, "confidence is not a number: " + record.get("confidence"));
        }
        if (confidence < 0 || confidence > 1) {
            throw invalid(line, "confidence outside 0..1: " + confidence);
        }
        String department = record.get("department").strip();
        return new TitleRule(line, pattern, record.get("language").strip(), role, seniority,
                department.toLowerCase(Locale.ROOT).equals("any") ? null : department, confidence, record.get("notes"));
    }

    private static IllegalArgumentException invalid(int line, String message) {
        return new IllegalArgumentException("taxonomy line " + line + ": " + message);
    }
}
