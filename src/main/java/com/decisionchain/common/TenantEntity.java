package com.decisionchain.common;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Base of every tenant-owned row. Hibernate fills and filters {@code tenant_id} from the request's
 * tenant; PostgreSQL row-level security enforces the same rule underneath for any SQL.
 */
@MappedSuperclass
public abstract class TenantEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
}
