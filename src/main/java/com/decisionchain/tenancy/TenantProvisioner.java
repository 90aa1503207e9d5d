package com.decisionchain.tenancy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.taxonomy.DefaultRoleTaxonomy;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Creates a tenant's row and default role taxonomy the first time the tenant is seen. Tenants are
 * vouched for by the identity provider that signed the token, so the first valid token of a new
 * tenant is enough to open it.
 */
@ApplicationScoped
public class TenantProvisioner {

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public void ensure(String tenantId) {
        if (known.contains(tenantId)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> TenantContext.callAs(tenantId, () -> {
            provision(tenantId, tenantId);
            return null;
        }));
        known.add(tenantId);
    }

    /** Inserts the tenant and its taxonomy unless present; call with the tenant bound. */
    static void provision(String tenantId, String name) {
        Session session = Panache.getSession();
        int created = session.createNativeMutationQuery(
                "insert into tenant (id, name) values (?1, ?2) on conflict (id) do nothing")
                .setParameter(1, tenantId).setParameter(2, name).executeUpdate();
        if (created == 0) {
            return;
        }
        short position = 0;
        for (DefaultRoleTaxonomy.RoleTemplate role : DefaultRoleTaxonomy.ROLES) {
            session.createNativeMutationQuery("insert into role_definition (tenant_id, taxonomy_key, key, label_en, "
                    + "label_zh, position) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, tenantId).setParameter(2, DefaultRoleTaxonomy.KEY).setParameter(3, role.key())
                    .setParameter(4, role.labelEn()).setParameter(5, role.labelZh()).setParameter(6, position++)
                    .executeUpdate();
            for (Map.Entry<OpportunityStage, java.math.BigDecimal> weight : role.weights().entrySet()) {
                session.createNativeMutationQuery("insert into role_stage_weight (tenant_id, role_key, stage, weight) "
                        + "values (?1, ?2, ?3, ?4)")
                        .setParameter(1, tenantId).setParameter(2, role.key())
                        .setParameter(3, weight.getKey().name()).setParameter(4, weight.getValue())
                        .executeUpdate();
            }
        }
    }
}
