package com.decisionchain.importing;

import static com.decisionchain.importing.ImportFixtures.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** CSV structure, preamble handling, line numbers and every way a file or a row is rejected. */
class ExportReaderTest {

    private static final String PREAMBLE = "Notes:\n\"When exporting your connection data, you may notice ...\"\n\n";
    private static final String LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
    private static final String MARISOL = "Marisol,Okafor,https://www.linkedin.com/in/marisol-okafor-t3k9a,,\"Harborlight Analytics, Inc.\",Chief Information Officer,14 Oct 2025";
    private static final ExportLayout LINKEDIN = ExportLayout.linkedInConnections();
    private static final ExportLayout ZOOMINFO = ExportLayout.zoomInfoContacts();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ImportParseException rejected(byte[] bytes, ExportLayout layout) {
        return rejected(bytes, layout, ImportLimits.DEFAULT);
    }

    private static ImportParseException rejected(byte[] bytes, ExportLayout layout, ImportLimits limits) {
        return assertThrows(ImportParseException.class, () -> readAll(bytes, layout, limits));
    }

    private static void assertRejected(ImportErrorCode code, long line, ImportParseException error) {
        assertEquals(code, error.code(), error.getMessage());
        assertEquals(line == 0 ? OptionalLong.empty() : OptionalLong.of(line), error.line(), error.getMessage());
    }

    private static ImportedPerson person(ImportRow row) {
        if (row instanceof ImportedPerson person) {
            return person;
        }
        throw new AssertionError("expected a person, got " + row);
    }

    @Test
    void quotedCommasDoubledQuotesEmbeddedNewlinesAndCrlf() {
        String file = PREAMBLE.replace("\n", "\r\n") + LINKEDIN_HEADER + "\r\n"
                + "Ingrid,Solberg,https://www.linkedin.com/in/ingrid-solberg-t2x7e,,\"Harborlight Analytics, Inc.\",\"Staff Engineer \"\"Data Platform\"\"\",14 May 2025\r\n"
                + "Chiara,Bellandi,https://www.linkedin.com/in/chiara-bellandi-t3v1c,,\"Kestrel, Finch & Partners LLP\",\"Senior Associate\r\nM&A, Europe\",10 Jun 2025\r\n"
                + "\r\n"
                + MARISOL + "\r\n";
        List<ImportRow> rows = readAll(utf8(file), LINKEDIN);

        assertEquals(3, rows.size());
        ImportedPerson ingrid = person(rows.get(0));
        assertEquals(5, ingrid.line());
        assertEquals("Harborlight Analytics, Inc.", ingrid.companyName());
        assertEquals("Staff Engineer \"Data Platform\"", ingrid.title());
        ImportedPerson chiara = person(rows.get(1));
        assertEquals(6, chiara.line());
        assertEquals("Kestrel, Finch & Partners LLP", chiara.companyName());
        assertEquals("Senior Associate\r\nM&A, Europe", chiara.title());
        // Chiara spans lines 6-7 and line 8 is blank: Marisol starts on physical line 9.
        assertEquals(9, person(rows.get(2)).line());
    }

    @Test
    void linkedInHeaderIsFoundWithoutPreambleWithQuotedNotesAndAfterBom() {
        List<String> variants = List.of(
                LINKEDIN_HEADER + "\n" + MARISOL + "\n",
                "\"Notes:\"\n\"some text\"\n\n" + LINKEDIN_HEADER + "\n" + MARISOL + "\n",
                "\uFEFF" + PREAMBLE + LINKEDIN_HEADER + "\n" + MARISOL);
        List<Long> expectedLines = List.of(2L, 5L, 5L);
        for (int i = 0; i < variants.size(); i++) {
            ImportedPerson marisol = person(readAll(utf8(variants.get(i)), LINKEDIN).get(0));
            assertEquals(expectedLines.get(i), marisol.line(), variants.get(i));
            assertEquals("Marisol", marisol.firstName());
            assertEquals(LocalDate.of(2025, 10, 14), marisol.connectedOn());
        }
    }

    @Test
    void raggedRowsAreRowErrorsWithTheirLines() {
        String file = PREAMBLE + LINKEDIN_HEADER + "\n"
                + "Wei,Zhang,https://www.linkedin.com/in/wei-zhang-t2r5j,,Qinglan Robotics,Senior Software Engineer,20 May 2025,extra\n"
                + MARISOL + "\n"
                + "Alex,Morgan,https://www.linkedin.com/in/alex-morgan-t4f7p,,,\n";
        List<ImportRow> rows = readAll(utf8(file), LINKEDIN);

        assertEquals(List.of(
                new RowError(5, null, ImportErrorCode.RAGGED_ROW, "expected 7 fields as in the header, found 8"),
                person(rows.get(1)),
                new RowError(7, null, ImportErrorCode.RAGGED_ROW, "expected 7 fields as in the header, found 6")), rows);
        assertEquals(6, rows.get(1).line());
    }

    @Test
    void invalidValuesAndRowsWithoutIdentityAreRowErrors() {
        String file = LINKEDIN_HEADER + "\n"
                + "Zoë,Laurent-Abara,https://www.linkedin.com/in/zoe-laurent-abara-t1h6r,zoe.la(at)example.org,Brightwell Health Partners,Executive Assistant,19 Sep 2025\n"
                + "Anneke,de Vries,https://www.linkedin.com/in/Anneke-deVries-t55kz,,Lumenfold Labs,Solutions Architect,31 Feb 2025\n"
                + ",,,,,,\n"
                + MARISOL + "\n";
        List<ImportRow> rows = readAll(utf8(file), LINKEDIN);

        assertEquals(new RowError(2, "Email Address", ImportErrorCode.INVALID_VALUE, "not an e-mail address: zoe.la(at)example.org"), rows.get(0));
        assertEquals(new RowError(3, "Connected On", ImportErrorCode.INVALID_VALUE,
                "not a date (expected e.g. 2025-10-14, 14 Oct 2025 or October 14, 2025): 31 Feb 2025"), rows.get(1));
        assertEquals(new RowError(4, null, ImportErrorCode.MISSING_IDENTITY, "no name, profile URL, e-mail or vendor id"), rows.get(2));
        assertEquals(5, person(rows.get(3)).line());
    }

    @Test
    void unbalancedQuoteIsReportedWhereItOpens() {
        String unclosed = "Chiara,Bellandi,https://www.linkedin.com/in/chiara-bellandi-t3v1c,,\"Kestrel, Finch & Partners LLP,Senior Associate,10 Jun 2025\n";
        String alexMorgan = "Alex,Morgan,https://www.linkedin.com/in/alex-morgan-t4f7p,,,,01 Apr 2025\n";
        String file = PREAMBLE + LINKEDIN_HEADER + "\n" + MARISOL + "\n" + unclosed + alexMorgan + alexMorgan;
        assertRejected(ImportErrorCode.UNBALANCED_QUOTES, 6, rejected(utf8(file), LINKEDIN));
        // Usually a later quote "closes" it and the parser stops at the text after that quote.
        String closedByALaterQuote = PREAMBLE + LINKEDIN_HEADER + "\n" + MARISOL + "\n" + unclosed + MARISOL + "\n";
        assertRejected(ImportErrorCode.MALFORMED_CSV, 6, rejected(utf8(closedByALaterQuote), LINKEDIN));
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() {
        String file = LINKEDIN_HEADER + "\n" + MARISOL + "\n"
                + "Ingrid,Solberg,https://www.linkedin.com/in/ingrid-solberg-t2x7e,,\"Harborlight\" Analytics,Staff Engineer,14 May 2025\n";
        assertRejected(ImportErrorCode.MALFORMED_CSV, 3, rejected(utf8(file), LINKEDIN));
    }

    @Test
    void emptyAndHeaderOnlyFiles() {
        assertRejected(ImportErrorCode.EMPTY_FILE, 0, rejected(new byte[0], LINKEDIN));
        assertRejected(ImportErrorCode.EMPTY_FILE, 0, rejected(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ZOOMINFO));
        assertRejected(ImportErrorCode.EMPTY_FILE, 0, rejected(utf8("\n\r\n\n"), ZOOMINFO));
        assertRejected(ImportErrorCode.NO_DATA_ROWS, 4, rejected(utf8(PREAMBLE + LINKEDIN_HEADER + "\n\n"), LINKEDIN));
        String zoomInfoHeader = new String(ImportFixtures.resource(ImportFixtures.ZOOMINFO_SAMPLE), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertRejected(ImportErrorCode.NO_DATA_ROWS, 1, rejected(utf8(zoomInfoHeader), ZOOMINFO));
    }

    @Test
    void binaryGarbageIsRejected() {
        byte[] zipHeader = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0x9C, 0x5A, 0x51, 0x5B};
        assertRejected(ImportErrorCode.BINARY_CONTENT, 1, rejected(zipHeader, LINKEDIN));
        byte[] pngHeader = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'};
        assertRejected(ImportErrorCode.BINARY_CONTENT, 3, rejected(pngHeader, ZOOMINFO));
        byte[] controlCharacterInText = utf8(LINKEDIN_HEADER + "\n" + MARISOL + "\n" + MARISOL.replace("Okafor", "Oka\u0007for") + "\n");
        assertRejected(ImportErrorCode.BINARY_CONTENT, 3, rejected(controlCharacterInText, LINKEDIN));
    }

    @Test
    void aFileOfAnotherFormatIsTheWrongFormat() {
        byte[] linkedIn = ImportFixtures.resource(ImportFixtures.LINKEDIN_SAMPLE);
        byte[] zoomInfo = ImportFixtures.resource(ImportFixtures.ZOOMINFO_SAMPLE);
        ImportParseException linkedInAsZoomInfo = rejected(linkedIn, ZOOMINFO);
        assertRejected(ImportErrorCode.WRONG_FORMAT, 1, linkedInAsZoomInfo);
        assertEquals("WRONG_FORMAT at line 1: this looks like LINKEDIN_CONNECTIONS, not ZOOMINFO_CONTACTS", linkedInAsZoomInfo.getMessage());
        assertRejected(ImportErrorCode.WRONG_FORMAT, 1, rejected(zoomInfo, LINKEDIN));
        assertRejected(ImportErrorCode.WRONG_FORMAT, 1, rejected(utf8(LINKEDIN_HEADER + "\n" + MARISOL), ZOOMINFO));
    }

    @Test
    void linkedInWithoutItsHeaderInTheFirstTwentyLines() {
        String twentyLinesOfNotes = "Notes:\n" + "\"more notes\"\n".repeat(19);
        ImportParseException late = rejected(utf8(twentyLinesOfNotes + LINKEDIN_HEADER + "\n" + MARISOL), LINKEDIN);
        assertRejected(ImportErrorCode.HEADER_NOT_FOUND, 0, late);
        assertRejected(ImportErrorCode.HEADER_NOT_FOUND, 0, rejected(utf8("Name,Company\nMarisol,Harborlight\n"), LINKEDIN));
        String headerOnLineTwenty = "Notes:\n" + "\"more notes\"\n".repeat(18) + LINKEDIN_HEADER + "\n" + MARISOL;
        assertEquals(21, person(readAll(utf8(headerOnLineTwenty), LINKEDIN).get(0)).line());
    }

    @Test
    void zoomInfoWithoutKeyColumnsOrWithADuplicatedOne() {
        String header = "First Name,Last Name,Job Title,Email Address";
        ImportParseException missing = rejected(utf8(header + "\nMarisol,Okafor,CIO,m.okafor@harborlight-analytics.test\n"), ZOOMINFO);
        assertRejected(ImportErrorCode.MISSING_COLUMNS, 1, missing);
        assertEquals("MISSING_COLUMNS at line 1: the header lacks ZoomInfo Contact ID, Company Name", missing.getMessage());

        String duplicated = "ZoomInfo Contact ID,First Name,Last Name,Company Name,Email Address,email address\n"
                + "-9000010000,Marisol,Okafor,Harborlight Analytics,m.okafor@harborlight-analytics.test,marisol@example.org\n";
        assertRejected(ImportErrorCode.DUPLICATE_COLUMN, 1, rejected(utf8(duplicated), ZOOMINFO));
    }

    @Test
    void limitsStopTheReadAtTheOffendingLine() {
        String file = LINKEDIN_HEADER + "\n" + MARISOL + "\n" + MARISOL + "\n\n" + MARISOL + "\n";
        assertEquals(3, readAll(utf8(file), LINKEDIN, new ImportLimits(7, 64, 3)).size());
        assertRejected(ImportErrorCode.TOO_MANY_ROWS, 5, rejected(utf8(file), LINKEDIN, new ImportLimits(7, 64, 2)));
        assertRejected(ImportErrorCode.TOO_MANY_COLUMNS, 1, rejected(utf8(file), LINKEDIN, new ImportLimits(6, 64, 10)));
        // Line 2's longest field is its 48-character profile URL.
        assertEquals(3, readAll(utf8(file), LINKEDIN, new ImportLimits(7, 48, 10)).size());
        assertRejected(ImportErrorCode.CELL_TOO_LARGE, 2, rejected(utf8(file), LINKEDIN, new ImportLimits(7, 47, 10)));
        String runaway = LINKEDIN_HEADER + "\n" + MARISOL + "\n\"" + "x".repeat(100) + "\n" + "y".repeat(100);
        assertRejected(ImportErrorCode.CELL_TOO_LARGE, 3, rejected(utf8(runaway), LINKEDIN, new ImportLimits(7, 64, 10)));
        assertEquals(new ImportLimits(500, 65_536, 2_000_000), ImportLimits.DEFAULT);
    }

    @Test
    void genericCsvReadsThroughItsColumnMapping() {
        String file = "Person Linkedin Url,Email,First Name,Last Name,Title,Company,Website,Seniority,Mobile Phone\n"
                + "http://www.linkedin.com/in/marisol-okafor-t3k9a/,M.Okafor@Harborlight-Analytics.test,Marisol,Okafor,CIO,Harborlight Analytics,https://www.harborlight-analytics.test/,c_suite,555-0101\n";
        ExportLayout apollo = ExportLayout.genericCsv("apollo", Map.of(
                PersonField.FIRST_NAME, "First Name", PersonField.LAST_NAME, "Last Name", PersonField.EMAIL, "email",
                PersonField.LINKEDIN_URL, "Person Linkedin Url", PersonField.TITLE, "Title", PersonField.COMPANY_NAME, "Company",
                PersonField.COMPANY_WEBSITE, "Website", PersonField.MANAGEMENT_LEVEL, "Seniority", PersonField.MOBILE_PHONE, "Mobile Phone"));
        ImportedPerson marisol = person(readAll(utf8(file), apollo).get(0));
        assertEquals(new ImportedPerson("apollo", ImportFormat.GENERIC_CSV, 2, null, "Marisol", "Okafor", "CIO",
                "Harborlight Analytics", null, "https://www.harborlight-analytics.test/", List.of("M.Okafor@Harborlight-Analytics.test"),
                "http://www.linkedin.com/in/marisol-okafor-t3k9a/", null, "555-0101", "c_suite", null, null, null, null, null, null,
                null, null), marisol);

        ImportParseException unmappedColumn = rejected(utf8(file), ExportLayout.genericCsv("apollo", Map.of(PersonField.PHONE, "Work Direct Phone")));
        assertRejected(ImportErrorCode.MISSING_COLUMNS, 1, unmappedColumn);
        assertTrue(unmappedColumn.getMessage().endsWith("Work Direct Phone"));
    }
}
