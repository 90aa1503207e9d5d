package com.decisionchain.account;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.decisionchain.common.TenantEntity;

/** An id of the account in another system (ZOOMINFO, LINKEDIN, CRM, ...). */
@Entity
@Table(name = "account_external_id")
public class AccountExternalId extends TenantEntity {

    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(nullable = false, length = 50)
    public String system;
    @Column(nullable = false, length = 500)
    public String value;
}
