package com.decisionchain.importing;

/**
 * A job: where and as what.
 *
 * @param organisationId the organisation's id in the {@link CompanyMatcher} at the time the snapshot was taken;
 *                       null for a company cell that names no organisation (独立顾问) or is empty
 * @param companyName    the company as the source wrote it
 * @param title          the title as the source wrote it
 */
public record Employment(String organisationId, String companyName, String title) {
}
