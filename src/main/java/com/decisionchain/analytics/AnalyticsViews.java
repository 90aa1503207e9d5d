package com.decisionchain.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.decisionchain.coverage.Coverage;
import com.decisionchain.coverage.NextAction;
import com.decisionchain.coverage.Risk;
import com.decisionchain.coverage.RoleStatus;
import com.decisionchain.coverage.Severity;
import com.decisionchain.coverage.SizeRange;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.opportunity.OpportunityViews.CommitteeMemberView;
import com.decisionchain.trust.TrustComponents;
import com.decisionchain.trust.TrustLevel;
import com.decisionchain.trust.TrustScore;
import com.decisionchain.trust.TrustSignals;

/**
 * The analytics shapes of API.md. GraphQL and REST share them where they agree; REST results also carry the
 * settings they were computed with (hidden from GraphQL, whose contract has no such field), and REST lists a role's
 * members as references instead of nested objects.
 */
public final class AnalyticsViews {

    private AnalyticsViews() {
    }

    @Name("TrustScore")
    public record TrustScoreView(@NonNull double score, @NonNull TrustLevel level, Double trend30d,
            @NonNull TrustComponents components, @NonNull TrustSignals signals, @NonNull Instant asOf,
            @Ignore AnalyticsSettingsDocument settings) {

        public static TrustScoreView of(TrustScore trust, AnalyticsSettingsDocument settings) {
            return new TrustScoreView(trust.score(), trust.level(), trust.trend30d(), trust.components(),
                    trust.signals(), trust.asOf(), settings);
        }
    }

    @Name("Coverage")
    public record CoverageView(@NonNull double score, @NonNull OpportunityStage stage,
            @NonNull List<@NonNull RoleCoverageView> roles, @NonNull int committeeSize, @NonNull SizeRange expectedSize,
            @NonNull List<@NonNull RiskView> risks, @NonNull List<@NonNull NextActionView> nextActions,
            @NonNull Instant asOf) {
    }

    @Name("RoleCoverage")
    public record RoleCoverageView(@NonNull String role, @NonNull double weight, @NonNull RoleStatus status,
            @NonNull List<@NonNull CommitteeMemberView> members) {
    }

    @Name("Risk")
    public record RiskView(@NonNull String code, @NonNull Severity severity, @NonNull String message,
            @Id @NonNull List<@NonNull String> stakeholderIds) {

        public static RiskView of(Risk risk) {
            return new RiskView(risk.code(), risk.severity(), risk.message(), strings(risk.stakeholderIds()));
        }
    }

    @Name("NextAction")
    public record NextActionView(@NonNull String code, @NonNull Severity priority, @NonNull String description,
            @Id String stakeholderId, @Id @NonNull List<@NonNull String> path) {

        public static NextActionView of(NextAction action) {
            return new NextActionView(action.code(), action.priority(), action.description(),
                    action.stakeholderId() == null ? null : action.stakeholderId().toString(), strings(action.path()));
        }
    }

    /** REST {@code GET /opportunities/{id}/coverage}: the GraphQL shape, members as references, plus the settings. */
    public record CoverageJson(double score, OpportunityStage stage, List<RoleCoverageJson> roles, int committeeSize,
            SizeRange expectedSize, List<RiskView> risks, List<NextActionView> nextActions, Instant asOf,
            AnalyticsSettingsDocument settings) {

        public static CoverageJson of(Coverage coverage, AnalyticsSettingsDocument settings) {
            return new CoverageJson(coverage.score(), coverage.stage(), coverage.roles().stream()
                    .map(role -> new RoleCoverageJson(role.role(), role.weight(), role.status(), role.members().stream()
                            .map(member -> new MemberRef(member.member().id().toString(),
                                    member.member().stakeholderId().toString(), member.member().fullName()))
                            .toList()))
                    .toList(), coverage.committeeSize(), coverage.expectedSize(),
                    coverage.risks().stream().map(RiskView::of).toList(),
                    coverage.nextActions().stream().map(NextActionView::of).toList(), coverage.asOf(), settings);
        }
    }

    public record RoleCoverageJson(String role, double weight, RoleStatus status, List<MemberRef> members) {
    }

    /** A committee member by reference: the member row's id, the stakeholder's id and name. */
    public record MemberRef(String id, String stakeholderId, String fullName) {
    }

    /** REST {@code GET /coverage}: a page of the portfolio, riskiest first. */
    public record PortfolioPage(List<PortfolioItem> items, String nextCursor, Instant asOf,
            AnalyticsSettingsDocument settings) {
    }

    public record PortfolioItem(String opportunityId, String name, String accountId, String accountName,
            OpportunityStage stage, double score, Severity topSeverity, List<RiskRef> risks) {
    }

    public record RiskRef(String code, Severity severity) {
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
