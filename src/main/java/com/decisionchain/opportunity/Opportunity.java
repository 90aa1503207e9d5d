package com.decisionchain.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.decisionchain.common.VersionedEntity;

/** A deal: one buying process at an account. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(nullable = false, length = 200)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OpportunityStage stage;
    @Column(precision = 19, scale = 2)
    public BigDecimal amount;
    @Column(length = 3)
    public String currency;
    @Column(name = "expected_close_date")
    public LocalDate expectedCloseDate;
    @Column(name = "owner_id", length = 200)
    public String ownerId;
    @Column(name = "map_reviewed_at")
    public Instant mapReviewedAt;
}
