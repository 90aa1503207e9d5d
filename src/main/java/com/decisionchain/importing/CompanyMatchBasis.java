package com.decisionchain.importing;

/** Why a row's employer was recognised as a known organisation, strongest first. */
public enum CompanyMatchBasis {
    VENDOR_ID,
    NORMALISED_NAME,
    WEBSITE_DOMAIN,
    WORK_EMAIL_DOMAIN
}
