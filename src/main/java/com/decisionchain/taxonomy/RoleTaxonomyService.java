package com.decisionchain.taxonomy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.decisionchain.common.ApiException;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.tenancy.TenantContext;

import io.quarkus.hibernate.orm.panache.Panache;

/** The tenant's role taxonomy: the role keys committee members may hold, with labels and stage weights. */
@ApplicationScoped
public class RoleTaxonomyService {

    public record StageWeight(OpportunityStage stage, BigDecimal weight) {
    }

    public record RoleDefinition(String taxonomyKey, String key, String labelEn, String labelZh, List<StageWeight> weights) {
    }

    /** The tenant's roles in display order, each with its weight in every stage. */
    public List<RoleDefinition> roles() {
        List<Object[]> rows = Panache.getSession().createNativeQuery(
                "select d.taxonomy_key, d.key, d.label_en, d.label_zh, w.stage, w.weight from role_definition d "
                        + "left join role_stage_weight w on w.tenant_id = d.tenant_id and w.role_key = d.key "
                        + "where d.tenant_id = ?1 order by d.position, d.key, w.stage", Object[].class)
                .setParameter(1, TenantContext.current()).getResultList();
        Map<String, RoleDefinition> byKey = new LinkedHashMap<>();
        for (Object[] row : rows) {
            RoleDefinition role = byKey.computeIfAbsent((String) row[1], key -> new RoleDefinition((String) row[0], key,
                    (String) row[2], (String) row[3], new ArrayList<>()));
            if (row[4] != null) {
                role.weights().add(new StageWeight(OpportunityStage.valueOf((String) row[4]), (BigDecimal) row[5]));
            }
        }
        byKey.values().forEach(role -> role.weights().sort((a, b) -> a.stage().compareTo(b.stage())));
        return List.copyOf(byKey.values());
    }

    /** The role key as stored, or VALIDATION_FAILED listing the keys the tenant has. */
    public String requireRole(String key, String field) {
        String wanted = key.trim().toUpperCase(Locale.ROOT);
        List<String> keys = roles().stream().map(RoleDefinition::key).toList();
        if (!keys.contains(wanted)) {
            throw ApiException.invalid(field, "unknown role '" + key + "'; the taxonomy has " + String.join(", ", keys));
        }
        return wanted;
    }
}
