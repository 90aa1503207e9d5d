package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reproduces the data set's answer key ({@code expected_merge_key.json}, README §5) by importing the
 * LinkedIn sample and then the ZoomInfo sample into one {@link PeopleDirectory}.
 */
class AnswerKeyTest {

    private static JsonNode answerKey;
    private static List<ImportedPerson> linkedIn;
    private static List<ImportedPerson> zoomInfo;

    @BeforeAll
    static void readSamples() throws IOException {
        // Jackson only reads the answer key here; the code under test is framework-free.
        answerKey = new ObjectMapper().readTree(ImportFixtures.resource(ImportFixtures.ANSWER_KEY));
        linkedIn = ImportFixtures.linkedInSample();
        zoomInfo = ImportFixtures.zoomInfoSample();
    }

    /** Outcomes of importing both samples, keyed by "linkedin:5" / "zoominfo:2". */
    private record Import(PeopleDirectory directory, Map<String, ImportOutcome> outcomes) {

        static Import of(MatchTier tier, List<ImportedPerson> first, List<ImportedPerson> second) {
            PeopleDirectory directory = new PeopleDirectory(tier);
            Map<String, ImportOutcome> outcomes = new HashMap<>();
            for (List<ImportedPerson> rows : List.of(first, second)) {
                for (ImportedPerson row : rows) {
                    outcomes.put(row.source() + ":" + row.line(), directory.add(row));
                }
            }
            return new Import(directory, outcomes);
        }

        static Import full() {
            return of(MatchTier.FOLDED_NAMES_AT_COMPANY, linkedIn, zoomInfo);
        }

        ImportOutcome linkedIn(long line) {
            return outcomes.get("linkedin:" + line);
        }

        ImportOutcome zoomInfo(long line) {
            return outcomes.get("zoominfo:" + line);
        }

        KnownPerson personAt(ImportOutcome outcome) {
            return directory.person(outcome.personId()).orElseThrow();
        }

        Organisation organisationNamed(String companyName) {
            return directory.findOrganisation(CompanyEvidence.named(companyName)).orElseThrow(
                    () -> new AssertionError("no organisation for " + companyName));
        }
    }

    @Test
    void samplesHaveTheRowCountsOfTheKey() {
        assertEquals(60, answerKey.get("linkedin_rows").asInt());
        assertEquals(answerKey.get("linkedin_rows").asInt(), linkedIn.size());
        assertEquals(answerKey.get("zoominfo_rows").asInt(), zoomInfo.size());
        assertEquals(5, linkedIn.get(0).line());
        assertEquals(64, linkedIn.get(59).line());
        assertEquals(2, zoomInfo.get(0).line());
        assertEquals(61, zoomInfo.get(59).line());
    }

    @Test
    void linkedInDuplicateRowsAreOnePerson() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        Map<Long, ImportOutcome> byLine = new HashMap<>();
        linkedIn.forEach(row -> byLine.put(row.line(), directory.add(row)));

        assertEquals(59, answerKey.get("linkedin_unique_persons_after_within_file_dedup").asInt());
        assertEquals(59, directory.people().size());
        JsonNode duplicates = answerKey.get("linkedin_within_file_duplicates");
        assertEquals(1, duplicates.size());
        for (JsonNode pair : duplicates) {
            ImportOutcome original = byLine.get(pair.get(0).asLong());
            ImportOutcome duplicate = byLine.get(pair.get(1).asLong());
            assertTrue(original.createdPerson());
            assertEquals(new PersonMatch(original.personId(), MatchBasis.LINKEDIN_URL), duplicate.decision().match().orElseThrow());
        }
        assertEquals(1, byLine.values().stream().filter(outcome -> !outcome.createdPerson()).count());
    }

    @Test
    void zoomInfoRowsAreSixtyPeople() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        zoomInfo.forEach(directory::add);
        assertEquals(answerKey.get("zoominfo_unique_persons").asInt(), directory.people().size());
        assertEquals(60, directory.people().size());
    }

    @ParameterizedTest(name = "{0}: {1} merges, {2} people")
    @CsvSource({
            "EXACT_KEYS,              tier1_exact_keys_url_or_email,          6, 113",
            "NAMES_AT_COMPANY,        tier2_plus_name_and_normalized_company, 8, 111",
            "FOLDED_NAMES_AT_COMPANY, tier3_plus_diacritic_folding,           9, 110"})
    void personCountsPerMatcherTier(MatchTier tier, String keyEntry, int merges, int persons) {
        JsonNode expected = answerKey.get("expected_person_counts").get(keyEntry);
        assertEquals(merges, expected.get("merges").asInt());
        assertEquals(persons, expected.get("persons").asInt());
        Import result = Import.of(tier, linkedIn, zoomInfo);

        assertEquals(persons, result.directory().people().size());
        Set<String> expectedIds = new TreeSet<>();
        expected.get("merged_ids").forEach(id -> expectedIds.add(id.asText()));
        Set<String> mergedIds = new TreeSet<>();
        for (JsonNode merge : answerKey.get("cross_file_merges")) {
            if (sameLinkedInAndZoomInfoPerson(result, merge.get("linkedin_lines").get(0).asLong(), merge.get("zoominfo_line").asLong())) {
                mergedIds.add(merge.get("id").asText());
            }
        }
        assertEquals(expectedIds, mergedIds);
        assertEquals(merges, mergedIds.size());
        for (JsonNode notMerge : answerKey.get("must_not_merge")) {
            assertFalse(sameLinkedInAndZoomInfoPerson(result, notMerge.get("linkedin_line").asLong(), notMerge.get("zoominfo_line").asLong()),
                    notMerge.get("id").asText());
        }
    }

    private static boolean sameLinkedInAndZoomInfoPerson(Import result, long linkedInLine, long zoomInfoLine) {
        return result.linkedIn(linkedInLine).personId().equals(result.zoomInfo(zoomInfoLine).personId());
    }

    @Test
    void everyMergeHasTheKeysBasis() {
        Map<String, MatchBasis> basisByKeyName = Map.of(
                "linkedin_url", MatchBasis.LINKEDIN_URL,
                "email", MatchBasis.EMAIL,
                "name+normalized_company", MatchBasis.NAME_AND_COMPANY,
                "folded_name+normalized_company", MatchBasis.FOLDED_NAME_AND_COMPANY);
        Import result = Import.full();
        JsonNode merges = answerKey.get("cross_file_merges");
        assertEquals(9, merges.size());
        for (JsonNode merge : merges) {
            ImportOutcome zoomInfoRow = result.zoomInfo(merge.get("zoominfo_line").asLong());
            assertEquals(merge.get("zoominfo_contact_id").asText(), zoomInfoRow.row().vendorId());
            for (JsonNode linkedInLine : merge.get("linkedin_lines")) {
                assertEquals(
                        new PersonMatch(result.linkedIn(linkedInLine.asLong()).personId(), basisByKeyName.get(merge.get("basis").asText())),
                        zoomInfoRow.decision().match().orElseThrow(),
                        merge.get("id").asText());
            }
        }
    }

    @Test
    void mustNotMergeAndOnlyN3IsSuggestedForReview() {
        Import result = Import.full();
        JsonNode notMerges = answerKey.get("must_not_merge");
        assertEquals(6, notMerges.size());
        for (JsonNode notMerge : notMerges) {
            ImportOutcome zoomInfoRow = result.zoomInfo(notMerge.get("zoominfo_line").asLong());
            assertEquals(notMerge.get("zoominfo_contact_id").asText(), zoomInfoRow.row().vendorId());
            assertTrue(zoomInfoRow.createdPerson(), notMerge.get("id").asText());
        }
        List<String> suggestions = new ArrayList<>();
        result.outcomes().forEach((row, outcome) -> outcome.decision().suggestions().forEach(suggestion ->
                suggestions.add(row + " -> " + suggestion)));
        String n3LinkedInPerson = result.linkedIn(32).personId();
        assertEquals(List.of("zoominfo:15 -> " + new ReviewSuggestion(n3LinkedInPerson,
                SuggestionReason.CROSS_SCRIPT_NAME_AT_SAME_COMPANY, PersonMatcher.CROSS_SCRIPT_CONFIDENCE)), suggestions);
    }

    @Test
    void m3IsAMoveThatKeepsThePreviousJob() {
        Import result = Import.full();
        ImportOutcome zoomInfoRow = result.zoomInfo(44);
        assertEquals(EmploymentChange.MOVE, zoomInfoRow.employmentChange());
        KnownPerson tobias = result.personAt(zoomInfoRow);
        assertEquals(result.linkedIn(64).personId(), tobias.personId());

        Organisation lumenfold = result.organisationNamed("Lumenfold Labs");
        Organisation copperline = result.organisationNamed("Copperline Manufacturing Co.");
        assertEquals(Set.of("zoominfo:412000108"), lumenfold.vendorKeys());
        assertEquals(Set.of("zoominfo:412000105"), copperline.vendorKeys());
        assertEquals(new Employment(lumenfold.organisationId(), "Lumenfold Labs", "Head of Procurement"), tobias.currentEmployment());
        assertEquals(List.of(new Employment(copperline.organisationId(), "Copperline Manufacturing Co.", "Procurement Manager")),
                tobias.previousEmployments());
        assertEquals("Copperline Manufacturing", zoomInfoRow.row().previousCompanyName());
        assertEquals(LocalDate.of(2025, 12, 1), zoomInfoRow.row().lastJobChangeDate());
    }

    @Test
    void m2KeepsBothNameFormsAndBothCompanyAliases() {
        Import result = Import.full();
        ImportOutcome zoomInfoRow = result.zoomInfo(8);
        assertEquals(EmploymentChange.COMPANY_ALIAS, zoomInfoRow.employmentChange());
        KnownPerson xiaoming = result.personAt(zoomInfoRow);
        assertEquals(List.of(new PersonName("晓明", "陈"), new PersonName("Xiaoming", "Chen")), xiaoming.names());
        Organisation qinglan = result.organisationNamed("青岚机器人");
        assertEquals(List.of("青岚机器人", "Qinglan Robotics", "Qinglan Robotics Co., Ltd."), qinglan.names());
        assertEquals(qinglan.organisationId(), xiaoming.currentOrganisationId());
        assertEquals(List.of(), xiaoming.previousEmployments());
    }

    @Test
    void m4KeepsBothFirstNamesAndOneEmail() {
        Import result = Import.full();
        KnownPerson castellano = result.personAt(result.zoomInfo(26));
        assertEquals(List.of(new PersonName("Bob", "Castellano"), new PersonName("Robert", "Castellano")), castellano.names());
        assertEquals(Set.of("bob.castellano@copperline-mfg.test"), castellano.emailKeys());
    }

    @Test
    void m9KeepsThePersonalAndTheWorkEmail() {
        Import result = Import.full();
        KnownPerson samuel = result.personAt(result.zoomInfo(50));
        assertEquals(Set.of("samuel.ab@example.net", "samuel.adeyemi-brooks@tidewater-freight.test"), samuel.emailKeys());
        assertEquals(3, samuel.rows().size());
    }

    @Test
    void twelveOrganisationsWithTheKeysCompanyLinks() {
        Import result = Import.full();
        assertEquals(12, answerKey.get("expected_distinct_organizations").asInt());
        assertEquals(12, result.directory().organisations().size());

        JsonNode links = answerKey.get("company_links");
        assertEquals(11, links.size());
        for (JsonNode link : links) {
            Organisation organisation = result.organisationNamed(link.get("linkedin_company").asText());
            assertEquals(Set.of("zoominfo:" + link.get("zoominfo_company_id").asText()), organisation.vendorKeys(),
                    link.get("linkedin_company").asText());
        }
        for (JsonNode company : answerKey.get("linkedin_only_companies")) {
            assertEquals(Set.of(), result.organisationNamed(company.asText()).vendorKeys());
        }
        Set<String> organisationsOfLinkedInOnlyAndZoomInfo = result.directory().organisations().stream()
                .map(organisation -> organisation.vendorKeys().isEmpty() ? organisation.names().get(0) : organisation.vendorKeys().iterator().next())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Kestrel, Finch & Partners LLP", "Orchard Vale Bank",
                "zoominfo:412000101", "zoominfo:412000102", "zoominfo:412000103", "zoominfo:412000104", "zoominfo:412000105",
                "zoominfo:412000106", "zoominfo:412000107", "zoominfo:412000108", "zoominfo:412000109", "zoominfo:412000110"),
                organisationsOfLinkedInOnlyAndZoomInfo);
    }

    @Test
    void beichenIsLinkedOnlyThroughAWorkEmailAndFreeMailNeverCounts() {
        Import result = Import.full();
        Organisation beichen = result.organisationNamed("北辰数科");
        assertTrue(beichen.domains().contains("beichen-digital.test"));
        assertEquals(List.of("北辰数科", "Beichen Digital Technology Co., Ltd."), beichen.names());
        // ZoomInfo line 14 names the company by a new name and website: found by the domain of LinkedIn line 12's e-mail.
        assertEquals(beichen.organisationId(), result.zoomInfo(14).organisationId());
        for (Organisation organisation : result.directory().organisations()) {
            assertTrue(organisation.domains().stream().noneMatch(WebDomains::isFreeMail), organisation.toString());
        }
    }

    @Test
    void independentConsultantAndEmptyCompanyAreNotOrganisations() {
        Import result = Import.full();
        ImportOutcome consultant = result.linkedIn(41);
        assertEquals("独立顾问", consultant.row().companyName());
        assertNull(consultant.organisationId());
        assertEquals(new Employment(null, "独立顾问", "IT 咨询顾问"), result.personAt(consultant).currentEmployment());
        ImportOutcome alexMorgan = result.linkedIn(36);
        assertNull(alexMorgan.row().companyName());
        assertNull(alexMorgan.organisationId());
        assertNull(result.personAt(alexMorgan).currentEmployment());
    }

    @Test
    void importOrderDoesNotChangeTheResult() {
        Import zoomInfoFirst = Import.of(MatchTier.FOLDED_NAMES_AT_COMPANY, zoomInfo, linkedIn);
        Import linkedInFirst = Import.full();
        assertEquals(110, zoomInfoFirst.directory().people().size());
        assertEquals(12, zoomInfoFirst.directory().organisations().size());
        for (JsonNode merge : answerKey.get("cross_file_merges")) {
            assertTrue(sameLinkedInAndZoomInfoPerson(zoomInfoFirst, merge.get("linkedin_lines").get(0).asLong(), merge.get("zoominfo_line").asLong()),
                    merge.get("id").asText());
        }
        KnownPerson tobias = zoomInfoFirst.personAt(zoomInfoFirst.linkedIn(64));
        assertEquals(EmploymentChange.PAST_EMPLOYMENT, zoomInfoFirst.linkedIn(64).employmentChange());
        assertEquals("Head of Procurement", tobias.currentEmployment().title());
        assertEquals("Lumenfold Labs", tobias.currentEmployment().companyName());
        assertEquals(linkedInFirst.directory().organisations().stream().map(Organisation::vendorKeys).collect(Collectors.toSet()),
                zoomInfoFirst.directory().organisations().stream().map(Organisation::vendorKeys).collect(Collectors.toSet()));
    }
}
