package com.decisionchain.opportunity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.decisionchain.common.TenantEntity;

/** The deal entered a stage at a business time. */
@Entity
@Table(name = "opportunity_stage_change")
public class OpportunityStageChange extends TenantEntity {

    @Column(name = "opportunity_id", nullable = false)
    public UUID opportunityId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OpportunityStage stage;
    @Column(nullable = false)
    public Instant at;
}
