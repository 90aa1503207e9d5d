package com.decisionchain.analytics;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.decisionchain.coverage.CoverageSettings;
import com.decisionchain.taxonomy.RoleTaxonomyService;
import com.decisionchain.trust.TrustSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and replaces the tenant's analytics settings; a tenant that never saved any gets DESIGN's defaults. */
@ApplicationScoped
public class AnalyticsSettingsService {

    /** The settings one analysis runs with: the document as reported, and the calculators' form of it. */
    public record Settings(AnalyticsSettingsDocument document, TrustSettings trust, CoverageSettings coverage) {

        static Settings of(AnalyticsSettingsDocument document) {
            return new Settings(document, document.trustSettings(), document.coverageSettings());
        }
    }

    private final ObjectMapper json;
    private final RoleTaxonomyService taxonomy;

    public AnalyticsSettingsService(ObjectMapper json, RoleTaxonomyService taxonomy) {
        this.json = json;
        this.taxonomy = taxonomy;
    }

    /** The tenant's current settings (one statement). */
    public Settings current() {
        return AnalyticsSettingsRow.<AnalyticsSettingsRow> findAll().firstResultOptional()
                .map(row -> Settings.of(parse(row.settings)))
                .orElseGet(() -> Settings.of(AnalyticsSettingsDocument.defaults()));
    }

    /** Validates the whole document and replaces the tenant's settings with it; nothing is stored when invalid. */
    @Transactional
    public Settings replace(AnalyticsSettingsDocument document, String actor) {
        Set<String> roleKeys = new HashSet<>();
        taxonomy.roles().forEach(role -> roleKeys.add(role.key()));
        AnalyticsSettingsValidator.validate(document, roleKeys);
        Settings settings = Settings.of(document);
        AnalyticsSettingsRow row = AnalyticsSettingsRow.<AnalyticsSettingsRow> findAll().firstResultOptional()
                .orElseGet(AnalyticsSettingsRow::new);
        row.settings = write(document);
        row.updatedAt = Instant.now();
        row.updatedBy = actor;
        row.persist();
        return settings;
    }

    private AnalyticsSettingsDocument parse(String stored) {
        try {
            return json.readValue(stored, AnalyticsSettingsDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored analytics settings are unreadable", e);
        }
    }

    private String write(AnalyticsSettingsDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Analytics settings cannot be written", e);
        }
    }
}
