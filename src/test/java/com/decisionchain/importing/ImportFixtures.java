package com.decisionchain.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: the copied sample exports on the test classpath and whole-file reads. */
final class ImportFixtures {

    static final String LINKEDIN_SAMPLE = "/imports/linkedin_connections_sample.csv";
    static final String ZOOMINFO_SAMPLE = "/imports/zoominfo_contacts_sample.csv";
    static final String ANSWER_KEY = "/imports/expected_merge_key.json";

    private ImportFixtures() {
    }

    static byte[] resource(String path) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ImportRow> readAll(byte[] bytes, ExportLayout layout) {
        return readAll(bytes, layout, ImportLimits.DEFAULT);
    }

    static List<ImportRow> readAll(byte[] bytes, ExportLayout layout, ImportLimits limits) {
        try (ExportFile file = new ExportReader(limits).open(new ByteArrayInputStream(bytes), layout)) {
            List<ImportRow> rows = new ArrayList<>();
            file.forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of a file that must parse without any row error. */
    static List<ImportedPerson> people(byte[] bytes, ExportLayout layout) {
        List<ImportedPerson> people = new ArrayList<>();
        for (ImportRow row : readAll(bytes, layout)) {
            if (row instanceof ImportedPerson person) {
                people.add(person);
            } else {
                throw new AssertionError("unexpected row error " + row);
            }
        }
        return people;
    }

    static List<ImportedPerson> linkedInSample() {
        return people(resource(LINKEDIN_SAMPLE), ExportLayout.linkedInConnections());
    }

    static List<ImportedPerson> zoomInfoSample() {
        return people(resource(ZOOMINFO_SAMPLE), ExportLayout.zoomInfoContacts());
    }
}
