package com.decisionchain.trust;

/** How a touchpoint with a stakeholder happened. */
public enum Channel {
    EMAIL, PHONE, VIDEO_MEETING, IN_PERSON_MEETING, EVENT, WEBINAR, LINKEDIN, DEMO, TRIAL, OTHER
}
