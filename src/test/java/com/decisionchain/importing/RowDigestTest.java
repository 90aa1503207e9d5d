package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Stored digests are compared with new ones, so a row must digest exactly as it did when it was imported. */
class RowDigestTest {

    private static final ImportedPerson PLAIN = new ImportedPerson("zoominfo", ImportFormat.ZOOMINFO_CONTACTS, 7, "9100000001",
            "Lea", "Fox", "Head of Procurement", "Company 1 Inc.", "500000001", "www.co1.test", List.of("lea.fox@co1.test"),
            "http://www.linkedin.com/in/lea-fox", "555-0101", null, "Director", "Operations", null, null, null, null, null,
            "Springfield", "United States");
    private static final ImportedPerson WIDE = new ImportedPerson("linkedin", ImportFormat.LINKEDIN_CONNECTIONS, 12, null,
            "晓明", "王", "采购总监 \"Einkauf\", Zürich", "北京某某科技有限公司", null, null,
            List.of("wang@example.cn", "x.wang@gmail.com"), null, null, "+86 138 0000 0000", null, null, "CTO 🚀",
            "Müller \ud800 AG", "42", LocalDate.of(2025, 3, 1), LocalDate.of(2021, 11, 30), "上海", "中国");

    @Test
    void digestsAreThoseStoredSinceTheFirstRelease() {
        RowDigest digest = new RowDigest();

        assertEquals("c37c46bb3b2ec7704a5512937f118b96b0e7a88d502d9a07d4492c8d5dc0b030", digest.of(PLAIN));
        assertEquals("f694150cfbbf2bcf8cd0b14116c1f4772b3bd8f24f50e7d3cf28bf38d4f96c0f", digest.of(WIDE));
    }

    @Test
    void everySampleRowDigestsAsTheJoinedTextDoes() {
        RowDigest digest = new RowDigest();
        List<ImportedPerson> rows = Stream.concat(ImportFixtures.linkedInSample().stream(), ImportFixtures.zoomInfoSample().stream())
                .toList();

        for (ImportedPerson row : rows) {
            assertEquals(joinedText(row), digest.of(row), "line " + row.line() + " of " + row.source());
        }
    }

    @Test
    void theLineDoesNotCount() {
        RowDigest digest = new RowDigest();

        assertEquals(digest.of(PLAIN), digest.of(changed(PLAIN, "line", 99L)));
    }

    @Test
    void everyOtherValueCounts() throws ReflectiveOperationException {
        RowDigest digest = new RowDigest();
        String plain = digest.of(PLAIN);
        for (RecordComponent component : ImportedPerson.class.getRecordComponents()) {
            if (component.getName().equals("line")) {
                continue;
            }
            ImportedPerson other = changed(PLAIN, component.getName(), otherValue(component.getAccessor().invoke(PLAIN)));

            assertNotEquals(plain, digest.of(other), component.getName());
            assertEquals(joinedText(other), digest.of(other), component.getName());
        }
    }

    @Test
    void aLongRowGrowsTheBufferWhichLaterRowsReuse() {
        RowDigest digest = new RowDigest();
        ImportedPerson longTitle = changed(WIDE, "title", "采购总监 🚀 Müller ".repeat(300));

        assertEquals(joinedText(longTitle), digest.of(longTitle));
        assertEquals(joinedText(PLAIN), digest.of(PLAIN));
        assertEquals(joinedText(WIDE), digest.of(WIDE));
    }

    private static Object otherValue(Object value) {
        if (value instanceof ImportFormat format) {
            return format == ImportFormat.GENERIC_CSV ? ImportFormat.LINKEDIN_CONNECTIONS : ImportFormat.GENERIC_CSV;
        }
        if (value instanceof List<?> list) {
            List<Object> more = new ArrayList<>(list);
            more.add("other@co2.test");
            return more;
        }
        if (value instanceof LocalDate date) {
            return date.plusDays(1);
        }
        if (value == null) {
            return null;
        }
        return value + " (other)";
    }

    /** The row with one component replaced; a null one becomes a date or a text, whichever the component holds. */
    private static ImportedPerson changed(ImportedPerson row, String name, Object value) {
        RecordComponent[] components = ImportedPerson.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getAccessor().invoke(row);
                if (components[i].getName().equals(name)) {
                    values[i] = value != null ? value : types[i] == LocalDate.class ? LocalDate.of(2024, 2, 29) : "other";
                }
            }
            return ImportedPerson.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The definition: SHA-256 of the values' text, each followed by a unit separator, as UTF-8. */
    private static String joinedText(ImportedPerson row) {
        StringBuilder text = new StringBuilder();
        for (Object value : new Object[] {row.source(), row.format(), row.vendorId(), row.firstName(), row.lastName(),
                row.title(), row.companyName(), row.companyVendorId(), row.companyWebsite(), String.join(",", row.emails()),
                row.linkedInUrl(), row.phone(), row.mobilePhone(), row.managementLevel(), row.department(), row.previousTitle(),
                row.previousCompanyName(), row.previousCompanyVendorId(), row.lastJobChangeDate(), row.connectedOn(),
                row.city(), row.country()}) {
            text.append(value).append('\u001f');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
