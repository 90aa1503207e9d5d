package com.decisionchain.importing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.decisionchain.stakeholder.StakeholderView;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

import io.quarkus.hibernate.orm.panache.Panache;

/** {@code Stakeholder.suggestedRoles}: roles inferred from imported titles, one query per batch of stakeholders. */
@GraphQLApi
public class ImportGraphQL {

    private final Caller caller;

    public ImportGraphQL(Caller caller) {
        this.caller = caller;
    }

    @NonNull
    public List<@NonNull List<@NonNull RoleSuggestionView>> suggestedRoles(@Source List<StakeholderView> stakeholders) {
        caller.require(Access.READ);
        List<UUID> ids = stakeholders.stream().map(StakeholderView::uuid).toList();
        Map<UUID, List<RoleSuggestionView>> byStakeholder = new HashMap<>();
        if (!ids.isEmpty()) {
            Panache.getSession().doWork(connection -> {
                try (PreparedStatement s = connection.prepareStatement("select stakeholder_id, role, confidence, rule, source "
                        + "from stakeholder_role_suggestion where stakeholder_id = any (?) order by confidence desc, role")) {
                    s.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            byStakeholder.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>())
                                    .add(new RoleSuggestionView(r.getString(2), r.getDouble(3), r.getString(4), r.getString(5)));
                        }
                    }
                }
            });
        }
        return ids.stream().map(id -> byStakeholder.getOrDefault(id, List.of())).toList();
    }
}
