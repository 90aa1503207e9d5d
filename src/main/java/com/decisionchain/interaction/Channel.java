package com.decisionchain.interaction;

public enum Channel {
    EMAIL, PHONE, VIDEO_MEETING, IN_PERSON_MEETING, EVENT, WEBINAR, LINKEDIN, DEMO, TRIAL, OTHER
}
