package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Organisation resolution: vendor id, normalised name, website, work e-mail domain; aliases only across scripts. */
class CompanyMatcherTest {

    private static CompanyEvidence zoomInfoCompany(String id, String name, String website) {
        return new CompanyEvidence("zoominfo:" + id, name, CompanyNames.key(name), WebDomains.fromWebsite(website), List.of());
    }

    private static CompanyEvidence linkedInCompany(String name, String email) {
        String domain = WebDomains.workEmailDomain(email);
        return new CompanyEvidence(null, name, CompanyNames.key(name), null, domain == null ? List.of() : List.of(domain));
    }

    @Test
    void evidenceIsTriedStrongestFirst() {
        CompanyMatcher companies = new CompanyMatcher();
        String beichen = companies.register(linkedInCompany("北辰数科", "liuting@beichen-digital.test")).orElseThrow();
        String harborlight = companies.register(zoomInfoCompany("412000101", "Harborlight Analytics", "www.harborlight-analytics.test")).orElseThrow();

        assertEquals(Optional.of(new CompanyMatch(harborlight, CompanyMatchBasis.VENDOR_ID)),
                companies.find(zoomInfoCompany("412000101", "Renamed Analytics", null)));
        assertEquals(Optional.of(new CompanyMatch(harborlight, CompanyMatchBasis.NORMALISED_NAME)),
                companies.find(linkedInCompany("Harborlight Analytics, Inc.", null)));
        assertEquals(Optional.of(new CompanyMatch(beichen, CompanyMatchBasis.WEBSITE_DOMAIN)),
                companies.find(zoomInfoCompany("412000103", "Beichen Digital Technology Co., Ltd.", "www.beichen-digital.test")));
        assertEquals(Optional.of(new CompanyMatch(harborlight, CompanyMatchBasis.WORK_EMAIL_DOMAIN)),
                companies.find(linkedInCompany(null, "m.okafor@harborlight-analytics.test")));
        assertEquals(Optional.empty(), companies.find(linkedInCompany("Orchard Vale Bank", "ravi.s@example.com")));
    }

    @Test
    void placeholdersAndBareEmailDomainsFoundNothing() {
        CompanyMatcher companies = new CompanyMatcher();
        assertEquals(Optional.empty(), companies.register(linkedInCompany("独立顾问", null)));
        assertEquals(Optional.empty(), companies.register(linkedInCompany(null, "someone@unknown-company.test")));
        assertEquals(Optional.empty(), companies.register(linkedInCompany("", "someone@gmail.com")));
        assertEquals(List.of(), companies.organisations());
    }

    @Test
    void aliasesLinkOnlyAcrossScriptsAndWithoutConflicts() {
        CompanyMatcher companies = new CompanyMatcher();
        String qinglanHan = companies.register(linkedInCompany("青岚机器人", null)).orElseThrow();
        String qinglanLatin = companies.register(zoomInfoCompany("412000102", "Qinglan Robotics Co., Ltd.", "www.qinglan-robotics.test")).orElseThrow();
        String lumenfold = companies.register(zoomInfoCompany("412000108", "Lumenfold Labs", "www.lumenfold.test")).orElseThrow();
        String beichenHan = companies.register(zoomInfoCompany("999", "北辰数科", null)).orElseThrow();

        assertFalse(companies.linkAsAliases(qinglanLatin, lumenfold), "two Latin names");
        assertFalse(companies.linkAsAliases(beichenHan, qinglanLatin), "two ZoomInfo ids");
        assertTrue(companies.linkAsAliases(qinglanLatin, qinglanHan));
        assertEquals(qinglanHan, companies.canonicalId(qinglanLatin));
        assertEquals(List.of("青岚机器人", "Qinglan Robotics Co., Ltd."), companies.organisation(qinglanLatin).orElseThrow().names());
        assertEquals(3, companies.organisations().size());
    }

    @Test
    void aWorkEmailAtAnotherScriptsCompanyLinksTheTwo() {
        CompanyMatcher companies = new CompanyMatcher();
        String beichen = companies.register(zoomInfoCompany("412000103", "Beichen Digital Technology Co., Ltd.", "www.beichen-digital.test")).orElseThrow();
        companies.register(linkedInCompany("北辰数科", null));
        assertEquals(2, companies.organisations().size());
        assertEquals(Optional.of(beichen), companies.register(linkedInCompany("北辰数科", "liuting@beichen-digital.test")));
        assertEquals(1, companies.organisations().size());
    }
}
