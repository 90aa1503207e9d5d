package com.decisionchain.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a row says about an employer, already normalised.
 *
 * @param vendorKey        the employer's source-qualified vendor id, e.g. {@code zoominfo:412000102}
 * @param name             the company name as written
 * @param nameKey          {@link CompanyNames#key}; null for a blank or non-organisation name
 * @param websiteDomain    {@link WebDomains#fromWebsite}
 * @param workEmailDomains domains of the row's work addresses; free mail never counts
 */
public record CompanyEvidence(String vendorKey, String name, String nameKey, String websiteDomain, List<String> workEmailDomains) {

    public CompanyEvidence {
        workEmailDomains = List.copyOf(workEmailDomains);
    }

    /** The current employer a row describes. */
    public static CompanyEvidence of(ImportedPerson row) {
        List<String> domains = new ArrayList<>();
        for (String email : row.emails()) {
            String domain = WebDomains.workEmailDomain(email);
            if (domain != null && !domains.contains(domain)) {
                domains.add(domain);
            }
        }
        return new CompanyEvidence(row.companyVendorKey(), row.companyName(), CompanyNames.key(row.companyName()),
                WebDomains.fromWebsite(row.companyWebsite()), domains);
    }

    /** The employer a row says the person left (ZoomInfo {@code Previous Company ...}). */
    public static CompanyEvidence previousEmployerOf(ImportedPerson row) {
        return new CompanyEvidence(row.previousCompanyVendorKey(), row.previousCompanyName(),
                CompanyNames.key(row.previousCompanyName()), null, List.of());
    }

    /** A bare company name, e.g. a LinkedIn {@code Company} cell. */
    public static CompanyEvidence named(String companyName) {
        return new CompanyEvidence(null, companyName, CompanyNames.key(companyName), null, List.of());
    }

    /**
     * Whether this evidence may found a new organisation: a vendor id, an organisation name or a website. A work
     * e-mail domain alone only finds an existing one, since it carries no name to show.
     */
    boolean canFoundOrganisation() {
        return vendorKey != null || nameKey != null || websiteDomain != null;
    }
}
