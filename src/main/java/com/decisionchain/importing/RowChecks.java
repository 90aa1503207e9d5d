package com.decisionchain.importing;

import java.util.List;
import java.util.function.Function;

/** Values longer than the columns that keep them make a row fail on its own instead of failing the job. */
final class RowChecks {

    private record Limit(PersonField field, int max, Function<ImportedPerson, String> value) {
    }

    /** Checked in this order; the first value over its limit is the one reported. */
    private static final List<Limit> LIMITS = List.of(
            new Limit(PersonField.FIRST_NAME, 100, ImportedPerson::firstName),
            new Limit(PersonField.LAST_NAME, 100, ImportedPerson::lastName),
            new Limit(PersonField.TITLE, 200, ImportedPerson::title),
            new Limit(PersonField.COMPANY_NAME, 200, ImportedPerson::companyName),
            new Limit(PersonField.DEPARTMENT, 200, ImportedPerson::department),
            new Limit(PersonField.EMAIL, 320, p -> p.emails().isEmpty() ? null : p.emails().get(0)),
            new Limit(PersonField.PHONE, 50, ImportedPerson::phone),
            new Limit(PersonField.MOBILE_PHONE, 50, ImportedPerson::mobilePhone),
            new Limit(PersonField.LINKEDIN_URL, 500, ImportedPerson::linkedInUrl),
            new Limit(PersonField.CITY, 100, ImportedPerson::city),
            new Limit(PersonField.COUNTRY, 95, ImportedPerson::country));
    private static final int MAX_FULL_NAME = 200;

    private RowChecks() {
    }

    static ImportRow check(ImportRow row, ExportLayout layout) {
        if (!(row instanceof ImportedPerson p)) {
            return row;
        }
        for (Limit limit : LIMITS) {
            String value = limit.value().apply(p);
            if (value != null && value.length() > limit.max()) {
                return new RowError(p.line(), layout.columns().get(limit.field()), ImportErrorCode.INVALID_VALUE,
                        "longer than " + limit.max() + " characters");
            }
        }
        // The full name is the parts joined by a space.
        int fullNameLength = length(p.firstName()) + length(p.lastName()) + (p.firstName() != null && p.lastName() != null ? 1 : 0);
        if (fullNameLength > MAX_FULL_NAME) {
            return new RowError(p.line(), null, ImportErrorCode.INVALID_VALUE, "the full name is longer than 200 characters");
        }
        return row;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
