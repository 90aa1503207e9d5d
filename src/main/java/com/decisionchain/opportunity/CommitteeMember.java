package com.decisionchain.opportunity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

import com.decisionchain.common.TenantEntity;

/**
 * A stakeholder's role in one opportunity's decision chain, valid from one instant to another. Its
 * terms are never rewritten: a change ends this row ({@code validTo}) and starts a new one. Only
 * merging two records of one person repoints {@code stakeholderId}.
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends TenantEntity {

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    public UUID opportunityId;
    @Column(name = "stakeholder_id", nullable = false)
    public UUID stakeholderId;
    @Column(nullable = false, length = 50, updatable = false)
    public String role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    public Influence influence;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    public Stance stance;
    @Column(name = "pain_points", nullable = false, updatable = false)
    public String[] painPoints = new String[0];
    @Column(nullable = false, updatable = false)
    public String[] priorities = new String[0];
    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    public Cadence cadence;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    public RoleEvidence evidence;
    @Column(length = 2000, updatable = false)
    public String note;
    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;
    @Column(name = "valid_to")
    public Instant validTo;
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public boolean isCurrentAt(Instant instant) {
        return !validFrom.isAfter(instant) && (validTo == null || validTo.isAfter(instant));
    }
}
