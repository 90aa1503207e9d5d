package com.decisionchain.stakeholder;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

import com.decisionchain.common.TenantEntity;

/** The identity of a human being across employers: each employment is a {@link Stakeholder}. */
@Entity
@Table(name = "person")
public class Person extends TenantEntity {

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
