package com.decisionchain.interaction;

public enum ValueAsset {
    CASE_STUDY, WHITEPAPER, ROI_MODEL, TRIAL, DIAGNOSTIC, INDUSTRY_REPORT, PROPOSAL, OTHER
}
