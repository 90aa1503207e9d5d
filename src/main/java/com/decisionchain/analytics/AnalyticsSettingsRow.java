package com.decisionchain.analytics;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.decisionchain.common.TenantEntity;

/** The stored analytics settings of one tenant: the JSON of an {@link AnalyticsSettingsDocument}. */
@Entity
@Table(name = "analytics_settings")
public class AnalyticsSettingsRow extends TenantEntity {

    @Column(nullable = false)
    public String settings;
    @Version
    public int version;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", length = 200)
    public String updatedBy;
}
