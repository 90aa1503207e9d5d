package com.decisionchain.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.decisionchain.common.VersionedEntity;

/** A person at one account. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends VersionedEntity {

    @Column(name = "person_id", nullable = false)
    public UUID personId;
    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(name = "first_name", length = 100)
    public String firstName;
    @Column(name = "last_name", length = 100)
    public String lastName;
    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;
    @Column(length = 200)
    public String title;
    @Column(length = 200)
    public String department;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Seniority seniority = Seniority.UNKNOWN;
    @Column(length = 320)
    public String email;
    @Column(length = 50)
    public String phone;
    @Column(name = "linkedin_url", length = 500)
    public String linkedinUrl;
    @Column(length = 200)
    public String location;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public StakeholderStatus status = StakeholderStatus.ACTIVE;
    @Column(name = "left_at")
    public LocalDate leftAt;
    @Column(name = "reports_to_id")
    public UUID reportsToId;
    /** Business time of the last title change, for ROLE_CHANGE_RISK. */
    @Column(name = "title_changed_at")
    public Instant titleChangedAt;
}
