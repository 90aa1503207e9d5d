package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The two sample exports map to the vendor-neutral {@link ImportedPerson} exactly as README §1, §2 and §5.6 describe. */
class SampleExportsTest {

    private static ImportedPerson atLine(List<ImportedPerson> people, long line) {
        return people.stream().filter(person -> person.line() == line).findFirst().orElseThrow();
    }

    @Test
    void linkedInRowsKeepTheirPhysicalLinesAndEdgeCases() {
        List<ImportedPerson> people = ImportFixtures.linkedInSample();
        assertEquals(LongStream.rangeClosed(5, 64).boxed().toList(), people.stream().map(ImportedPerson::line).toList());

        assertEquals(new ImportedPerson("linkedin", ImportFormat.LINKEDIN_CONNECTIONS, 13, null, "Bob", "Castellano",
                "Director, IT Operations", "Copperline Manufacturing Co.", null, null, List.of("Bob.Castellano@copperline-mfg.test"),
                "https://www.linkedin.com/in/bob-castellano-t2w7d", null, null, null, null, null, null, null, null,
                LocalDate.of(2025, 8, 21), null, null), atLine(people, 13));
        assertEquals("Harborlight Analytics, Inc.", atLine(people, 5).companyName());
        assertEquals("Kestrel, Finch & Partners LLP", atLine(people, 24).companyName());
        assertEquals("Staff Engineer \"Data Platform\"", atLine(people, 29).title());
        assertEquals(List.of("Søren", "Kjærgaard"), List.of(atLine(people, 7).firstName(), atLine(people, 7).lastName()));
        assertEquals(List.of("Ngọc Anh", "Nguyễn"), List.of(atLine(people, 10).firstName(), atLine(people, 10).lastName()));
        assertEquals("IT-Leiter", atLine(people, 44).title());
        assertEquals(atLine(people, 25), withLine(atLine(people, 26), 25));

        ImportedPerson alexMorgan = atLine(people, 36);
        assertNull(alexMorgan.companyName());
        assertNull(alexMorgan.title());
        assertEquals(LocalDate.of(2025, 4, 1), alexMorgan.connectedOn());

        assertEquals(11, people.stream().filter(person -> !person.emails().isEmpty()).count());
        assertEquals(10, people.stream().flatMap(person -> person.emails().stream()).distinct().count());
        assertTrue(people.stream().allMatch(person -> !person.connectedOn().isAfter(LocalDate.of(2025, 10, 14))));
        assertTrue(people.stream().allMatch(person -> person.vendorId() == null && person.source().equals("linkedin")));
    }

    @Test
    void zoomInfoRowsMapByHeaderName() {
        List<ImportedPerson> people = ImportFixtures.zoomInfoSample();
        assertEquals(LongStream.rangeClosed(2, 61).boxed().toList(), people.stream().map(ImportedPerson::line).toList());

        assertEquals(new ImportedPerson("zoominfo", ImportFormat.ZOOMINFO_CONTACTS, 44, "-9000342598", "Tobias", "Lindqvist",
                "Head of Procurement", "Lumenfold Labs", "412000108", "www.lumenfold.test", List.of("tobias.lindqvist@lumenfold.test"),
                "http://www.linkedin.com/in/tobias-lindqvist-t5m1r", "(415) 555-0165", null,
                "Director", "Operations", "Procurement Manager", "Copperline Manufacturing", "412000105", LocalDate.of(2025, 12, 1), null,
                null, "United States"), atLine(people, 44));
        assertEquals(60, people.stream().map(ImportedPerson::vendorId).distinct().count());
        assertEquals(2, people.stream().filter(person -> person.emails().isEmpty()).count());
        assertEquals(20, people.stream().filter(person -> person.linkedInUrl() != null).count());
        assertEquals(10, people.stream().map(ImportedPerson::companyVendorId).distinct().count());
        assertEquals("C-Level", atLine(people, 2).managementLevel());
        assertEquals("C-Suite", atLine(people, 2).department());
    }

    @Test
    void zoomInfoColumnsInAnyOrderReadTheSame() throws IOException {
        String sample = new String(ImportFixtures.resource(ImportFixtures.ZOOMINFO_SAMPLE), StandardCharsets.UTF_8);
        StringWriter reversed = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(reversed, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(sample))) {
                List<String> values = new ArrayList<>(record.toList());
                Collections.reverse(values);
                printer.printRecord(values);
            }
        }
        List<ImportedPerson> fromReversed = ImportFixtures.people(reversed.toString().getBytes(StandardCharsets.UTF_8), ExportLayout.zoomInfoContacts());
        assertEquals(ImportFixtures.zoomInfoSample(), fromReversed);
        assertEquals("Number of Locations", reversed.toString().lines().findFirst().orElseThrow().split(",")[0]);
    }

    @Test
    void zoomInfoExportWithOnlyTheKeyColumns() {
        String file = "Company Name,Last Name,ZoomInfo Contact ID,First Name\nMeridian Ledger,Martinez,-9000152542,Jose\n";
        ImportedPerson jose = ImportFixtures.people(file.getBytes(StandardCharsets.UTF_8), ExportLayout.zoomInfoContacts()).get(0);
        assertEquals(List.of("zoominfo:-9000152542", "Jose", "Martinez", "Meridian Ledger"),
                List.of(jose.vendorKey(), jose.firstName(), jose.lastName(), jose.companyName()));
        assertEquals(List.of(), jose.emails());
        assertTrue(Stream.of(jose.title(), jose.companyVendorId(), jose.linkedInUrl()).allMatch(Objects::isNull));
    }

    @Test
    void companiesOfTheSamples() {
        assertEquals(List.of("Brightwell Health Partners", "Copperline Manufacturing Co.", "Harborlight Analytics, Inc.",
                        "Kestrel, Finch & Partners LLP", "Lumenfold Labs", "Meridian Ledger GmbH", "Nimbus Quay Software Ltd",
                        "Orchard Vale Bank", "Qinglan Robotics", "Saffron Arc Consulting Pvt. Ltd.", "Tidewater Freight Systems",
                        "北辰数科", "独立顾问", "青岚机器人"),
                ImportFixtures.linkedInSample().stream().map(ImportedPerson::companyName).filter(Objects::nonNull)
                        .distinct().sorted().collect(Collectors.toList()));
    }

    private static ImportedPerson withLine(ImportedPerson person, long line) {
        return new ImportedPerson(person.source(), person.format(), line, person.vendorId(), person.firstName(), person.lastName(),
                person.title(), person.companyName(), person.companyVendorId(), person.companyWebsite(), person.emails(),
                person.linkedInUrl(), person.phone(), person.mobilePhone(), person.managementLevel(), person.department(),
                person.previousTitle(), person.previousCompanyName(), person.previousCompanyVendorId(), person.lastJobChangeDate(),
                person.connectedOn(), person.city(), person.country());
    }
}
