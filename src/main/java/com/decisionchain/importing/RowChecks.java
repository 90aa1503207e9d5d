package com.decisionchain.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Values longer than the columns that keep them make a row fail on its own instead of failing the job. */
final class RowChecks {

    private RowChecks() {
    }

    static ImportRow check(ImportRow row, ExportLayout layout) {
        if (!(row instanceof ImportedPerson p)) {
            return row;
        }
        Map<PersonField, Object[]> limits = new LinkedHashMap<>();
        limits.put(PersonField.FIRST_NAME, new Object[] {p.firstName(), 100});
        limits.put(PersonField.LAST_NAME, new Object[] {p.lastName(), 100});
        limits.put(PersonField.TITLE, new Object[] {p.title(), 200});
        limits.put(PersonField.COMPANY_NAME, new Object[] {p.companyName(), 200});
        limits.put(PersonField.DEPARTMENT, new Object[] {p.department(), 200});
        limits.put(PersonField.EMAIL, new Object[] {p.emails().isEmpty() ? null : p.emails().get(0), 320});
        limits.put(PersonField.PHONE, new Object[] {p.phone(), 50});
        limits.put(PersonField.MOBILE_PHONE, new Object[] {p.mobilePhone(), 50});
        limits.put(PersonField.LINKEDIN_URL, new Object[] {p.linkedInUrl(), 500});
        limits.put(PersonField.CITY, new Object[] {p.city(), 100});
        limits.put(PersonField.COUNTRY, new Object[] {p.country(), 95});
        for (Map.Entry<PersonField, Object[]> limit : limits.entrySet()) {
            String value = (String) limit.getValue()[0];
            int max = (Integer) limit.getValue()[1];
            if (value != null && value.length() > max) {
                return new RowError(p.line(), layout.columns().get(limit.getKey()), ImportErrorCode.INVALID_VALUE,
                        "longer than " + max + " characters");
            }
        }
        String fullName = String.join(" ", Stream.of(p.firstName(), p.lastName()).filter(Objects::nonNull).toList());
        if (fullName.length() > 200) {
            return new RowError(p.line(), null, ImportErrorCode.INVALID_VALUE, "the full name is longer than 200 characters");
        }
        return row;
    }
}
