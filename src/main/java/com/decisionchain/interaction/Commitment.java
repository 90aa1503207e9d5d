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

/** A promise with a due date, by us or by the customer; kept promises build trust. */
@Entity
@Table(name = "commitment")
public class Commitment extends TenantEntity {

    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Column(name = "stakeholder_id")
    public UUID stakeholderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CommitmentParty party;
    @Column(nullable = false, length = 2000)
    public String description;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CommitmentStatus status;
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
