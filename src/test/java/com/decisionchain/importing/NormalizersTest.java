package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The keys everything is matched on. An empty expected column means null. */
class NormalizersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.linkedin.com/in/Anneke-deVries-t55kz   | linkedin.com/in/anneke-devries-t55kz",
            "http://www.linkedin.com/in/anneke-devries-t55kz    | linkedin.com/in/anneke-devries-t55kz",
            "http://www.linkedin.com/in/xiaoming-chen-t8q2c/    | linkedin.com/in/xiaoming-chen-t8q2c",
            "linkedin.com/in/wei-zhang-t2r5j?trk=people#about   | linkedin.com/in/wei-zhang-t2r5j",
            "HTTPS://DE.LINKEDIN.COM/IN/Foo-t1234/details/       | linkedin.com/in/foo-t1234",
            "https://www.linkedin.com/in/%E9%99%88-t1234        | linkedin.com/in/陈-t1234",
            "http://www.linkedin.com/company/harborlight        | ",
            "https://www.notlinkedin.com/in/marisol-t3k9a       | ",
            "'   '                                              | "})
    void linkedInProfileKeys(String url, String key) {
        assertEquals(key, LinkedInUrls.profileKey(url));
    }

    @Test
    void emailsCompareIgnoringCase() {
        assertEquals("bob.castellano@copperline-mfg.test", EmailAddresses.key(" Bob.Castellano@Copperline-MFG.test "));
        assertEquals("copperline-mfg.test", EmailAddresses.domain("Bob.Castellano@Copperline-MFG.test"));
        assertNull(EmailAddresses.key("zoe.la(at)example.org"));
        assertNull(EmailAddresses.key("two@at@example.org"));
        assertNull(EmailAddresses.key(null));
        assertFalse(EmailAddresses.isValid("nobody@localhost"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "José Martínez        | Jose Martinez",
            "Søren Kjærgaard      | Soren Kjaergaard",
            "Łukasz Wiśniewski    | Lukasz Wisniewski",
            "Małgorzata Zielińska | Malgorzata Zielinska",
            "Ngọc Anh Nguyễn      | Ngoc Anh Nguyen",
            "Zoë Straße           | Zoe Strasse",
            "晓明                 | 晓明",
            "ガ                   | ガ"})
    void foldingRemovesDiacriticsAndSpellsOutSpecialLetters(String name, String folded) {
        assertEquals(folded, PersonNames.fold(name));
    }

    @Test
    void nameKeys() {
        assertEquals("josé|martínez", PersonNames.exactKey(" José ", "Martínez"));
        assertNotEquals(PersonNames.exactKey("José", "Martínez"), PersonNames.exactKey("Jose", "Martinez"));
        assertEquals(PersonNames.foldedKey("José", "Martínez"), PersonNames.foldedKey("JOSE", "martinez"));
        // NFC: an e plus a combining acute accent is the same name as é.
        assertEquals(PersonNames.exactKey("José", "Martínez"), PersonNames.exactKey("Jose\u0301", "Marti\u0301nez"));
        assertEquals("ngoc anh|nguyen", PersonNames.foldedKey("Ngọc  Anh", "Nguyễn"));
        assertNull(PersonNames.exactKey("Alex", " "));
        assertNull(PersonNames.foldedKey(null, "Morgan"));
    }

    @Test
    void latinReadingsOfHanNames() {
        assertEquals("li|na", PersonNames.latinReadingKey("娜", "李"));
        assertEquals("li|na", PersonNames.latinReadingKey("Na", "Li"));
        assertEquals("li|na", PersonNames.latinReadingKey("Li", "Na"));
        assertEquals("chen|xiaoming", PersonNames.latinReadingKey("晓明", "陈"));
        assertEquals("chen|xiaoming", PersonNames.latinReadingKey("Xiao-Ming", "Chén"));
        assertEquals("wang|wei", PersonNames.latinReadingKey("伟", "王"));
        assertNotEquals(PersonNames.latinReadingKey("伟", "王"), PersonNames.latinReadingKey("Wei", "Zhang"));
        assertNull(PersonNames.latinReadingKey("娜", null));
        assertTrue(PersonNames.isHan("娜", "Li"));
        assertFalse(PersonNames.isHan("Na", "Li"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harborlight Analytics, Inc.             | harborlight analytics",
            "Harborlight Analytics                   | harborlight analytics",
            "Qinglan Robotics Co., Ltd.              | qinglan robotics",
            "Saffron Arc Consulting Pvt. Ltd.        | saffron arc consulting",
            "Meridian Ledger GmbH                    | meridian ledger",
            "Copperline Manufacturing Co.            | copperline manufacturing",
            "Nimbus Quay Software Ltd                | nimbus quay software",
            "Kestrel, Finch & Partners LLP           | kestrel finch partners",
            "Beichen Digital Technology Co., Ltd.    | beichen digital technology",
            "Orchard Vale Bank PLC                   | orchard vale bank",
            "Société Générale SA                     | societe generale",
            "Nestlé AG                               | nestle",
            "Acme Corp. Limited                      | acme",
            "Acme LLC                                | acme",
            "Co Op Bank                              | co op bank",
            "北辰数科                                 | 北辰数科",
            "北辰数科集团有限公司                      | 北辰数科",
            "青岚机器人股份有限公司                    | 青岚机器人",
            "ＡＢＣ（中国）有限公司                     | abc 中国",
            "独立顾问                                 | ",
            "Self-employed                           | ",
            "'  '                                    | "})
    void companyKeys(String name, String key) {
        assertEquals(key, CompanyNames.key(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "www.beichen-digital.test              | beichen-digital.test",
            "https://WWW.Lumenfold.test:8443/about | lumenfold.test",
            "http://harborlight-analytics.test/    | harborlight-analytics.test",
            "www2.example.org                      | example.org",
            "localhost                             | "})
    void websiteDomains(String website, String domain) {
        assertEquals(domain, WebDomains.fromWebsite(website));
    }

    @Test
    void workEmailDomainsNeverComeFromFreeMail() {
        assertEquals("beichen-digital.test", WebDomains.workEmailDomain("liuting@beichen-digital.test"));
        assertNull(WebDomains.workEmailDomain("samuel.ab@example.net"));
        assertNull(WebDomains.workEmailDomain("ravi.s@EXAMPLE.com"));
        assertNull(WebDomains.workEmailDomain("not an address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "example.org", "example.net", "gmail.com", "outlook.com", "qq.com", "163.com", "126.com", "mail.example.com"})
    void freeMailDomains(String domain) {
        assertTrue(WebDomains.isFreeMail(domain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nimbusquay.test", "beichen-digital.test", "example.company.test", "163.com.test"})
    void companyDomainsAreNotFreeMail(String domain) {
        assertFalse(WebDomains.isFreeMail(domain));
    }
}
