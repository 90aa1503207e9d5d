package com.decisionchain.interaction;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

import com.decisionchain.common.TenantEntity;

/** A touchpoint with people at an account, optionally within one deal. */
@Entity
@Table(name = "interaction")
public class Interaction extends TenantEntity {

    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Direction direction;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(length = 500)
    public String subject;
    @Column(length = 10000)
    public String summary;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Outcome outcome;
    /** Value assets delivered, as {@link ValueAsset} names. */
    @Column(nullable = false)
    public String[] assets = new String[0];
    /** The saved ROI scenario delivered as the {@link ValueAsset#ROI_MODEL} asset, if any. */
    @Column(name = "roi_scenario_id")
    public UUID roiScenarioId;
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
