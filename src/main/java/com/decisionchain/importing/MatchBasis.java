package com.decisionchain.importing;

/** The evidence an automatic merge rests on, in the order DESIGN §5 tries it. */
public enum MatchBasis {
    /** The same source's own person id (ZoomInfo Contact ID). */
    VENDOR_ID,
    /** {@link LinkedInUrls#profileKey} equal. */
    LINKEDIN_URL,
    /** {@link EmailAddresses#key} equal. */
    EMAIL,
    /** Exact first + last name at the same organisation, no conflicting LinkedIn profile. */
    NAME_AND_COMPANY,
    /** As {@link #NAME_AND_COMPANY}, equal only once diacritics are folded (José Martínez = Jose Martinez). */
    FOLDED_NAME_AND_COMPANY,
    /** The name of someone at the organisation a row names as the person's previous employer: a move. */
    NAME_AT_PREVIOUS_COMPANY
}
