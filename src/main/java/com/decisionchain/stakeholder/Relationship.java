package com.decisionchain.stakeholder;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

import com.decisionchain.common.TenantEntity;

/** A typed edge between two stakeholders (who influences, introduced, allies with or opposes whom). */
@Entity
@Table(name = "relationship")
public class Relationship extends TenantEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RelationshipType type;
    @Column(name = "from_id", nullable = false)
    public UUID fromId;
    @Column(name = "to_id", nullable = false)
    public UUID toId;
    public Short weight;
    @Column(length = 2000)
    public String note;
    @Column(length = 100)
    public String source;
    @Column(nullable = false)
    public Instant at;
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
