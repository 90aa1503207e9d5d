package com.decisionchain.importing;

/** Why a possible duplicate is offered to a person for review instead of being merged. */
public enum SuggestionReason {
    /** Names in different scripts read alike (娜 李 / Na Li) at the same organisation. */
    CROSS_SCRIPT_NAME_AT_SAME_COMPANY,
    /** Several known people share the name at that organisation; a merge would have to pick one. */
    AMBIGUOUS_NAME_AT_SAME_COMPANY
}
