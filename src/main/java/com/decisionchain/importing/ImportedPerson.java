package com.decisionchain.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * One person as an export row describes them, in vendor-neutral terms. Values are as written in the file,
 * stripped of surrounding white space; an empty cell or a column the export lacks is {@code null}.
 * Normalised keys are derived where they are compared ({@link LinkedInUrls}, {@link EmailAddresses}, ...).
 *
 * @param source                 who said it: {@code linkedin}, {@code zoominfo}, or the generic mapping's name;
 *                               also qualifies vendor ids, which are unique only within their source
 * @param format                 layout the row was read with
 * @param line                   physical 1-based line where the row starts
 * @param vendorId               the source's own person id (ZoomInfo Contact ID); LinkedIn has none
 * @param emails                 e-mail addresses in column order, never null, no blanks
 * @param managementLevel        the vendor's seniority label, e.g. ZoomInfo {@code C-Level}, {@code Non-Manager}
 * @param previousCompanyName    the employer a vendor says the person left (ZoomInfo {@code Previous Company Name})
 * @param previousCompanyVendorId that employer's id at the source
 * @param lastJobChangeDate      when the vendor saw the person change jobs
 * @param connectedOn            LinkedIn {@code Connected On}
 */
public record ImportedPerson(
        String source,
        ImportFormat format,
        long line,
        String vendorId,
        String firstName,
        String lastName,
        String title,
        String companyName,
        String companyVendorId,
        String companyWebsite,
        List<String> emails,
        String linkedInUrl,
        String phone,
        String mobilePhone,
        String managementLevel,
        String department,
        String previousTitle,
        String previousCompanyName,
        String previousCompanyVendorId,
        LocalDate lastJobChangeDate,
        LocalDate connectedOn,
        String city,
        String country) implements ImportRow {

    public ImportedPerson {
        emails = List.copyOf(emails);
    }

    /** The vendor id qualified by its source, e.g. {@code zoominfo:-9000010000}; null without one. */
    public String vendorKey() {
        return vendorId == null ? null : source + ":" + vendorId;
    }

    /** The company's id qualified by its source; null without one. */
    public String companyVendorKey() {
        return companyVendorId == null ? null : source + ":" + companyVendorId;
    }

    /** The previous employer's id qualified by its source; null without one. */
    public String previousCompanyVendorKey() {
        return previousCompanyVendorId == null ? null : source + ":" + previousCompanyVendorId;
    }
}
