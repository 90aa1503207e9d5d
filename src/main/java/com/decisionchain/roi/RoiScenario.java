package com.decisionchain.roi;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

import com.decisionchain.common.TenantEntity;

/** A saved ROI model of an opportunity: the request and the result computed from it, as REST JSON. */
@Entity
@Table(name = "roi_scenario")
public class RoiScenario extends TenantEntity {

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    public UUID opportunityId;
    @Column(nullable = false, length = 200)
    public String name;
    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String request;
    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String result;
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    public String createdBy;
}
