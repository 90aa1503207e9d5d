package com.decisionchain.interaction;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stakeholder's part in an interaction: invited, attended, responded. */
@Entity
@Table(name = "interaction_participant")
public class InteractionParticipant extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "interaction_id") UUID interactionId,
            @Column(name = "stakeholder_id") UUID stakeholderId) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(nullable = false)
    public boolean invited = true;
    public Boolean attended;
    public Boolean responded;
}
