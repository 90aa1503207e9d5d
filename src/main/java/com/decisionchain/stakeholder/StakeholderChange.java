package com.decisionchain.stakeholder;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.decisionchain.common.TenantEntity;

/** Provenance: one source said a stakeholder's field changed, effective at a business time. */
@Entity
@Table(name = "stakeholder_change")
public class StakeholderChange extends TenantEntity {

    /** Source of changes made through the API by a user. */
    public static final String API_SOURCE = "API";

    @Column(name = "stakeholder_id", nullable = false)
    public UUID stakeholderId;
    @Column(nullable = false, length = 50)
    public String field;
    @Column(name = "old_value")
    public String oldValue;
    @Column(name = "new_value")
    public String newValue;
    @Column(nullable = false, length = 100)
    public String source;
    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "recorded_by", length = 200)
    public String recordedBy;
}
