package com.decisionchain.account;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.decisionchain.common.VersionedEntity;

/** A customer company. */
@Entity
@Table(name = "account")
public class Account extends VersionedEntity {

    @Column(nullable = false, length = 200)
    public String name;
    @Column(length = 255)
    public String domain;
    @Column(length = 500)
    public String website;
    @Column(length = 200)
    public String industry;
    @Column(name = "employee_count")
    public Integer employeeCount;
    @Column(length = 100)
    public String country;
    @Column(name = "annual_revenue", precision = 19, scale = 2)
    public BigDecimal annualRevenue;
    @Column(length = 3)
    public String currency;
    @Column(name = "owner_id", length = 200)
    public String ownerId;
}
