package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matching rules one at a time, on hand-made rows. */
class PersonMatcherTest {

    private static ImportedPerson linkedIn(long line, String first, String last, String company, String url, String email) {
        return new ImportedPerson("linkedin", ImportFormat.LINKEDIN_CONNECTIONS, line, null, first, last, "Engineer", company, null, null,
                email == null ? List.of() : List.of(email), url, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ImportedPerson zoomInfo(long line, String contactId, String first, String last, String company, String companyId,
                                           String url, String previousCompany, String previousCompanyId) {
        return new ImportedPerson("zoominfo", ImportFormat.ZOOMINFO_CONTACTS, line, contactId, first, last, "Head of Procurement", company,
                companyId, null, List.of(), url, null, null, null, null, null, previousCompany, previousCompanyId, null, null, null, null);
    }

    private static Optional<PersonMatch> matchOf(ImportOutcome outcome) {
        return outcome.decision().match();
    }

    @Test
    void rulesApplyInDesignOrder() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        ImportOutcome first = directory.add(zoomInfo(2, "1", "Marisol", "Okafor", "Harborlight", "10", "http://linkedin.com/in/marisol", null, null));
        // Same contact id wins although the profile differs: the vendor says it is its own contact.
        ImportOutcome sameContact = directory.add(zoomInfo(3, "1", "M.", "Okafor", "Harborlight", "10", "http://linkedin.com/in/other", null, null));
        assertEquals(Optional.of(new PersonMatch(first.personId(), MatchBasis.VENDOR_ID)), matchOf(sameContact));
        ImportOutcome byProfile = directory.add(linkedIn(5, "Marisol", "Okafor", "Harborlight Analytics, Inc.", "https://www.linkedin.com/in/Marisol/", null));
        assertEquals(Optional.of(new PersonMatch(first.personId(), MatchBasis.LINKEDIN_URL)), matchOf(byProfile));
        directory.add(linkedIn(6, "Ravi", "Subramanian", "Orchard Vale Bank", null, "ravi.s@example.com"));
        ImportOutcome byPersonalEmail = directory.add(linkedIn(7, "R.", "Subramanian", "Orchard Vale", null, "RAVI.S@EXAMPLE.COM"));
        assertEquals(MatchBasis.EMAIL, matchOf(byPersonalEmail).orElseThrow().basis());
        assertEquals(2, directory.people().size());
    }

    @Test
    void aDifferentLinkedInProfileBlocksTheNameRule() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        directory.add(linkedIn(30, "Daniel", "Kim", "Nimbus Quay Software Ltd", "https://www.linkedin.com/in/daniel-kim-t6c1k", null));
        ImportOutcome otherProfile = directory.add(zoomInfo(34, "9000263408", "Daniel", "Kim", "Nimbus Quay Software", "412000106",
                "http://www.linkedin.com/in/daniel-kim-t0a4e", null, null));
        assertTrue(otherProfile.createdPerson());
        assertEquals(List.of(), otherProfile.decision().suggestions());
        // Without a profile of its own, a third Daniel Kim row can only be the LinkedIn one: ZoomInfo's has another id.
        ImportOutcome thirdRow = directory.add(zoomInfo(35, "9000263409", "Daniel", "Kim", "Nimbus Quay Software", "412000106", null, null, null));
        assertEquals(MatchBasis.NAME_AND_COMPANY, matchOf(thirdRow).orElseThrow().basis());
        assertEquals(directory.people().get(0).personId(), thirdRow.personId());
    }

    @Test
    void aDifferentContactIdAtTheSameSourceBlocksTheNameRule() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        directory.add(zoomInfo(2, "1", "Daniel", "Kim", "Nimbus Quay Software", "412000106", null, null, null));
        ImportOutcome otherContact = directory.add(zoomInfo(3, "2", "Daniel", "Kim", "Nimbus Quay Software", "412000106", null, null, null));
        assertTrue(otherContact.createdPerson());
        assertEquals(List.of(), otherContact.decision().suggestions());
    }

    @Test
    void nameRulesNeedBothPartsAndTheSameOrganisation() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        directory.add(linkedIn(5, "Alex", "Morgan", null, "https://www.linkedin.com/in/alex-morgan-t4f7p", null));
        directory.add(linkedIn(6, "Priyanka", null, "Saffron Arc Consulting Pvt. Ltd.", null, null));
        assertTrue(directory.add(zoomInfo(51, "9000398031", "Alex", "Morgan", "Tidewater Freight Systems", "412000109", null, null, null)).createdPerson());
        assertTrue(directory.add(zoomInfo(39, "9000303003", "Priyanka", null, "Saffron Arc Consulting", "412000107", null, null, null)).createdPerson());
        assertEquals(4, directory.people().size());
    }

    @Test
    void severalNamesakesAtTheCompanyAreSuggestedNotMerged() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        String first = directory.add(linkedIn(5, "Wei", "Zhang", "Qinglan Robotics", "https://www.linkedin.com/in/wei-zhang-1", null)).personId();
        String second = directory.add(linkedIn(6, "Wei", "Zhang", "Qinglan Robotics", "https://www.linkedin.com/in/wei-zhang-2", null)).personId();
        ImportOutcome third = directory.add(zoomInfo(2, "7", "Wei", "Zhang", "Qinglan Robotics Co., Ltd.", "412000102", null, null, null));
        assertEquals(List.of(
                new ReviewSuggestion(first, SuggestionReason.AMBIGUOUS_NAME_AT_SAME_COMPANY, PersonMatcher.AMBIGUOUS_NAME_CONFIDENCE),
                new ReviewSuggestion(second, SuggestionReason.AMBIGUOUS_NAME_AT_SAME_COMPANY, PersonMatcher.AMBIGUOUS_NAME_CONFIDENCE)),
                third.decision().suggestions());
        assertTrue(third.createdPerson());
    }

    @Test
    void nameAtThePreviousCompanyIsAMove() {
        for (MatchTier tier : MatchTier.values()) {
            PeopleDirectory directory = new PeopleDirectory(tier);
            ImportOutcome old = directory.add(linkedIn(64, "Tobias", "Lindqvist", "Copperline Manufacturing Co.", null, null));
            directory.add(zoomInfo(26, "5", "Robert", "Castellano", "Copperline Manufacturing", "412000105", null, null, null));
            ImportOutcome moved = directory.add(zoomInfo(44, "-9000342598", "Tobias", "Lindqvist", "Lumenfold Labs", "412000108", null,
                    "Copperline Manufacturing", "412000105"));
            if (tier == MatchTier.EXACT_KEYS) {
                assertTrue(moved.createdPerson());
                continue;
            }
            assertEquals(Optional.of(new PersonMatch(old.personId(), MatchBasis.NAME_AT_PREVIOUS_COMPANY)), matchOf(moved), tier.name());
            assertEquals(EmploymentChange.MOVE, moved.employmentChange());
            KnownPerson tobias = directory.person(old.personId()).orElseThrow();
            assertEquals("Lumenfold Labs", tobias.currentEmployment().companyName());
            assertEquals(List.of(new Employment(old.organisationId(), "Copperline Manufacturing Co.", "Engineer")), tobias.previousEmployments());
        }
    }

    @Test
    void foldedNamesNeedTheTopTier() {
        for (MatchTier tier : MatchTier.values()) {
            PeopleDirectory directory = new PeopleDirectory(tier);
            directory.add(linkedIn(21, "José", "Martínez", "Meridian Ledger GmbH", "https://www.linkedin.com/in/jose-martinez-t7h4g", null));
            ImportOutcome jose = directory.add(zoomInfo(20, "-9000152542", "Jose", "Martinez", "Meridian Ledger", "412000104", null, null, null));
            assertEquals(tier == MatchTier.FOLDED_NAMES_AT_COMPANY, !jose.createdPerson(), tier.name());
        }
    }

    @Test
    void crossScriptNamesAreSuggestedOnlyAtTheSameOrganisation() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        String naLi = directory.add(linkedIn(32, "娜", "李", "北辰数科", null, "liuting@beichen-digital.test")).personId();
        ImportOutcome sameCompany = directory.add(new ImportedPerson("zoominfo", ImportFormat.ZOOMINFO_CONTACTS, 15, "9000112947", "Na", "Li",
                "Procurement Manager", "Beichen Digital Technology Co., Ltd.", "412000103", "www.beichen-digital.test", List.of(), null,
                null, null, null, null, null, null, null, null, null, null, null));
        assertEquals(List.of(new ReviewSuggestion(naLi, SuggestionReason.CROSS_SCRIPT_NAME_AT_SAME_COMPANY, PersonMatcher.CROSS_SCRIPT_CONFIDENCE)),
                sameCompany.decision().suggestions());
        ImportOutcome otherCompany = directory.add(zoomInfo(16, "9000112948", "Na", "Li", "Lumenfold Labs", "412000108", null, null, null));
        assertEquals(List.of(), otherCompany.decision().suggestions());
    }

    @Test
    void twoLatinCompanyNamesOfOnePersonAreAMoveNotAnAlias() {
        PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        directory.add(linkedIn(5, "Anneke", "de Vries", "Copperline Manufacturing Co.", "https://www.linkedin.com/in/anneke-devries-t55kz", null));
        ImportOutcome later = directory.add(zoomInfo(45, "9000350517", "Anneke", "de Vries", "Lumenfold Labs", "412000108",
                "http://www.linkedin.com/in/anneke-devries-t55kz", null, null));
        assertEquals(EmploymentChange.MOVE, later.employmentChange());
        assertEquals(2, directory.organisations().size());
        assertFalse(directory.organisations().get(0).names().contains("Lumenfold Labs"));
    }
}
