package com.decisionchain.importing;

/** The fields of {@link ImportedPerson} a column can feed; the targets of a generic column mapping. */
public enum PersonField {
    VENDOR_ID,
    FIRST_NAME,
    LAST_NAME,
    TITLE,
    COMPANY_NAME,
    COMPANY_VENDOR_ID,
    COMPANY_WEBSITE,
    EMAIL,
    ALTERNATE_EMAIL,
    LINKEDIN_URL,
    PHONE,
    MOBILE_PHONE,
    MANAGEMENT_LEVEL,
    DEPARTMENT,
    PREVIOUS_TITLE,
    PREVIOUS_COMPANY_NAME,
    PREVIOUS_COMPANY_VENDOR_ID,
    LAST_JOB_CHANGE_DATE,
    CONNECTED_ON,
    CITY,
    COUNTRY
}
