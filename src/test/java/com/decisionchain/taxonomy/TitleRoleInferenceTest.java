package com.decisionchain.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title → role suggestions from the bundled taxonomy, English, German and Chinese, with the rule that fired. */
class TitleRoleInferenceTest {

    private static TitleRoleInference inference;

    @BeforeAll
    static void loadBundledTaxonomy() throws IOException {
        try (InputStream csv = TitleRoleInference.class.getResourceAsStream("/taxonomy/title_role_taxonomy.csv")) {
            inference = TitleRoleInference.load(csv);
        }
    }

    @Test
    void everyRuleOfTheTaxonomyLoads() {
        assertEquals(158, inference.rules().size());
        assertEquals(2, inference.rules().get(0).line());
        assertEquals(159, inference.rules().get(157).line());
        assertEquals("\\bassistant (vice president|vp)\\b|\\bavp\\b", inference.rules().get(0).patternText());
        assertEquals("首席[\\u4e00-\\u9fff]{1,4}官", inference.rules().stream()
                .filter(rule -> rule.notes().equals("generic 首席…官")).findFirst().orElseThrow().patternText());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // title                              | role           | confidence | seniority   | rule line
            "Chief Information Officer            | DECISION_MAKER | 0.90       | C_LEVEL     | 30",
            "Executive Assistant to the CEO       | GATEKEEPER     | 0.90       | NON_MANAGER | 8",
            "Assistant Vice President, IT Risk    | INFLUENCER     | 0.60       | DIRECTOR    | 2",
            "Director, IT Operations              | DECISION_MAKER | 0.65       | DIRECTOR    | 55",
            "Procurement Manager                  | BUYER          | 0.90       | MANAGER     | 20",
            "Head of Procurement                  | BUYER          | 0.85       | DIRECTOR    | 19",
            "Purchasing Agent                     | BUYER          | 0.85       | NON_MANAGER | 22",
            "VP Engineering                       | DECISION_MAKER | 0.80       | VP          | 49",
            "Vice President of Operations         | DECISION_MAKER | 0.65       | VP          | 51",
            "Co-Founder & CEO                     | DECISION_MAKER | 0.90       | C_LEVEL     | 27",
            "Office Manager                       | GATEKEEPER     | 0.70       | MANAGER     | 12",
            "Managing Director                    | DECISION_MAKER | 0.75       | C_LEVEL     | 45",
            "Staff Engineer \"Data Platform\"     | INFLUENCER     | 0.70       | NON_MANAGER | 67",
            "Intern, Data Science                 | USER           | 0.30       | NON_MANAGER | 84",
            "Receptionist                         | GATEKEEPER     | 0.85       | NON_MANAGER | 11",
            "Chief Medical Information Officer    | DECISION_MAKER | 0.70       | C_LEVEL     | 35",
            "Site Reliability Engineer            | USER           | 0.80       | NON_MANAGER | 77",
            "IT-Leiter                            | DECISION_MAKER | 0.70       | DIRECTOR    | 88",
            "首席技术官                             | DECISION_MAKER | 0.90       | C_LEVEL     | 109",
            "采购经理                               | BUYER          | 0.90       | MANAGER     | 100",
            "采购总监                               | BUYER          | 0.85       | DIRECTOR    | 99",
            "总裁助理                               | GATEKEEPER     | 0.90       | NON_MANAGER | 93",
            "助理总裁                               | DECISION_MAKER | 0.60       | VP          | 91",
            "行政助理                               | GATEKEEPER     | 0.85       | NON_MANAGER | 96",
            "运维主管                               | INITIATOR      | 0.80       | MANAGER     | 120",
            "信息中心主任                           | DECISION_MAKER | 0.75       | DIRECTOR    | 117",
            "财务总监                               | DECISION_MAKER | 0.85       | C_LEVEL     | 111",
            "解决方案架构师                         | INFLUENCER     | 0.85       | NON_MANAGER | 126",
            "研发工程师                             | USER           | 0.80       | NON_MANAGER | 135",
            "IT经理                                 | INITIATOR      | 0.75       | MANAGER     | 121",
            "IT 咨询顾问                            | INFLUENCER     | 0.60       | NON_MANAGER | 133",
            "CEO助理                                | GATEKEEPER     | 0.90       | NON_MANAGER | 93",
            "ＣＥＯ                                  | DECISION_MAKER | 0.90       | C_LEVEL     | 27",
            "總經理特助                             | GATEKEEPER     | 0.85       | NON_MANAGER | 146",
            "採購經理                               | BUYER          | 0.85       | MANAGER     | 149"})
    void titlesSuggestRoles(String title, BuyingRole role, double confidence, Seniority seniority, int ruleLine) {
        RoleInference inferred = inference.infer(title, null).orElseThrow();
        assertEquals(role, inferred.role());
        assertEquals(confidence, inferred.confidence());
        assertEquals(seniority, inferred.seniority());
        assertEquals(InferenceSource.TITLE_RULE, inferred.source());
        assertEquals(ruleLine, inferred.rule().line(), inferred.rule().patternText());
    }

    @Test
    void ruleCarriesDepartmentExceptAny() {
        RoleInference cio = inference.infer("CIO", "C-Level").orElseThrow();
        assertEquals("IT", cio.department());
        assertEquals("\\bchief information officer\\b|\\bcio\\b", cio.rule().patternText());
        assertEquals(null, inference.infer("Senior Vice President", null).orElseThrow().department());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Gardener     | C-Level     | DECISION_MAKER | C_LEVEL",
            "null         | VP-Level    | DECISION_MAKER | VP",
            "'  '         | Director    | DECISION_MAKER | DIRECTOR",
            "Gardener     | Manager     | INITIATOR      | MANAGER",
            "Dispatcher   | Non-Manager | USER           | NON_MANAGER",
            "Gardener     | Board Member| DECISION_MAKER | BOARD"})
    void withoutAMatchingRuleTheVendorSeniorityDecides(String title, String seniorityLabel, BuyingRole role, Seniority seniority) {
        assertEquals(Optional.of(new RoleInference(role, seniority, null, TitleRoleInference.SENIORITY_FALLBACK_CONFIDENCE,
                InferenceSource.VENDOR_SENIORITY, null)), inference.infer(title, seniorityLabel));
    }

    @Test
    void withoutRuleOrSenioritySuggestsNothing() {
        assertEquals(Optional.empty(), inference.infer("Gardener", null));
        assertEquals(Optional.empty(), inference.infer(null, "Wizard"));
        assertTrue(inference.rules().stream().allMatch(rule -> rule.confidence() > TitleRoleInference.SENIORITY_FALLBACK_CONFIDENCE));
    }

    @Test
    void malformedTaxonomiesAreRejectedWithTheirLine() {
        String header = "pattern,language,role,seniority,department,confidence,notes\n";
        IllegalArgumentException badRole = assertThrows(IllegalArgumentException.class,
                () -> load(header + "\\bceo\\b,en,Decision Maker,C-Level,Executive,0.90,\n\\bcto\\b,en,Boss,C-Level,IT,0.9,\n"));
        assertEquals("taxonomy line 3: unknown role 'Boss'", badRole.getMessage());
        IllegalArgumentException badPattern = assertThrows(IllegalArgumentException.class,
                () -> load(header + "(unclosed,en,User,Manager,Any,0.5,\n"));
        assertTrue(badPattern.getMessage().startsWith("taxonomy line 2: pattern does not compile"));
        assertThrows(IllegalArgumentException.class, () -> load(header + "\\bceo\\b,en,User,Manager,Any,1.5,\n"));
        assertThrows(IllegalArgumentException.class, () -> load("regex,role\n\\bceo\\b,User\n"));
    }

    private static TitleRoleInference load(String csv) throws IOException {
        return TitleRoleInference.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
