package com.decisionchain.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.decisionchain.analytics.AnalyticsLoader.OpportunitySnapshot;
import com.decisionchain.analytics.AnalyticsLoader.Scope;
import com.decisionchain.analytics.AnalyticsSettingsService.Settings;
import com.decisionchain.analytics.AnalyticsViews.CoverageView;
import com.decisionchain.analytics.AnalyticsViews.NextActionView;
import com.decisionchain.analytics.AnalyticsViews.PortfolioItem;
import com.decisionchain.analytics.AnalyticsViews.PortfolioPage;
import com.decisionchain.analytics.AnalyticsViews.RiskRef;
import com.decisionchain.analytics.AnalyticsViews.RiskView;
import com.decisionchain.analytics.AnalyticsViews.RoleCoverageView;
import com.decisionchain.common.ApiException;
import com.decisionchain.coverage.Coverage;
import com.decisionchain.coverage.CoverageAnalyzer;
import com.decisionchain.coverage.CoverageInput;
import com.decisionchain.coverage.Risk;
import com.decisionchain.coverage.Severity;
import com.decisionchain.opportunity.Cadence;
import com.decisionchain.opportunity.CommitteeMember;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.opportunity.OpportunityViews.CommitteeMemberView;
import com.decisionchain.trust.TrustScore;
import com.decisionchain.trust.TrustScorer;

/** Coverage of one opportunity, of many (GraphQL batches) and of the open portfolio, all loaded set-based. */
@ApplicationScoped
public class CoverageService {

    /** An opportunity as loaded and its coverage. */
    public record Analysis(OpportunitySnapshot snapshot, Coverage coverage, Settings settings) {
    }

    /** A committee member's trust within its opportunity and its touch rhythm. */
    public record MemberAnalytics(TrustScore trust, Instant lastTouchAt, Instant nextTouchDueAt) {
    }

    /** The portfolio's filters; {@code stage} {@code null} means every open stage. */
    public record PortfolioFilter(OpportunityStage stage, String ownerId, Severity minSeverity) {
    }

    private static final Set<OpportunityStage> OPEN_STAGES = EnumSet.of(OpportunityStage.PROSPECTING,
            OpportunityStage.DISCOVERY, OpportunityStage.EVALUATION, OpportunityStage.NEGOTIATION);

    /** Riskiest first: worst severity, then weighted risk count, then lowest coverage, then id for a stable order. */
    private static final Comparator<Ranked> RISKIEST_FIRST = Comparator
            .comparingInt(Ranked::severityRank).reversed()
            .thenComparing(Comparator.comparingInt(Ranked::riskPoints).reversed())
            .thenComparingDouble(Ranked::score)
            .thenComparing(Ranked::id);

    private final AnalyticsLoader loader;
    private final AnalyticsSettingsService settingsService;

    public CoverageService(AnalyticsLoader loader, AnalyticsSettingsService settingsService) {
        this.loader = loader;
        this.settingsService = settingsService;
    }

    /** One opportunity's coverage; NOT_FOUND when the tenant has no such opportunity. */
    public Analysis ofOpportunity(UUID opportunityId, Instant asOf) {
        Analysis analysis = ofOpportunities(List.of(opportunityId), asOf).get(opportunityId);
        if (analysis == null) {
            throw ApiException.notFound("Opportunity", opportunityId.toString());
        }
        return analysis;
    }

    public Map<UUID, Analysis> ofOpportunities(Collection<UUID> opportunityIds, Instant asOf) {
        if (opportunityIds.isEmpty()) {
            return Map.of();
        }
        return analyse(Scope.ids(opportunityIds), asOf, settingsService.current());
    }

    /**
     * The open opportunities ranked riskiest first, one page after the cursor. The cursor carries the
     * instant its ranking was computed for, so the next pages rank as of the same instant unless the
     * request names another {@code asOf}.
     */
    public PortfolioPage portfolio(PortfolioFilter filter, int first, String after, Instant requestedAsOf) {
        if (filter.stage() != null && !OPEN_STAGES.contains(filter.stage())) {
            throw ApiException.invalid("stage", "the portfolio lists open opportunities; use one of " + OPEN_STAGES);
        }
        Ranked cursor = after == null || after.isEmpty() ? null : Ranked.parse(after);
        Instant asOf = requestedAsOf != null ? requestedAsOf : cursor != null ? cursor.asOf() : Instant.now();
        Settings settings = settingsService.current();
        Map<UUID, Analysis> analyses = analyse(Scope.open(filter.stage() == null ? OPEN_STAGES : EnumSet.of(filter.stage()),
                filter.ownerId()), asOf, settings);

        List<Ranked> ranked = new ArrayList<>();
        analyses.values().forEach(analysis -> {
            Ranked entry = Ranked.of(analysis);
            if (filter.minSeverity() == null
                    || entry.severityRank() >= Ranked.rank(filter.minSeverity())) {
                ranked.add(entry);
            }
        });
        ranked.sort(RISKIEST_FIRST);
        List<Ranked> remaining = cursor == null ? ranked
                : ranked.stream().filter(entry -> RISKIEST_FIRST.compare(entry, cursor) > 0).toList();
        List<Ranked> page = remaining.subList(0, Math.min(first, remaining.size()));
        String nextCursor = remaining.size() > page.size() && !page.isEmpty() ? page.get(page.size() - 1).cursor(asOf) : null;
        List<PortfolioItem> items = page.stream().map(entry -> item(analyses.get(entry.id()))).toList();
        return new PortfolioPage(items, nextCursor, asOf, settings.document());
    }

    /** Trust and touch rhythm of committee rows (of any opportunities) as of {@code asOf}: seven statements. */
    public Map<String, MemberAnalytics> members(Collection<CommitteeMemberView> members, Instant asOf) {
        if (members.isEmpty()) {
            return Map.of();
        }
        Settings settings = settingsService.current();
        Map<UUID, OpportunitySnapshot> snapshots = loader.opportunities(
                Scope.ids(members.stream().map(m -> UUID.fromString(m.opportunityId())).distinct().toList()), asOf,
                settings.document().lookback());
        TrustScorer scorer = new TrustScorer(settings.trust());
        Map<UUID, Map<UUID, Instant>> lastTouchesByOpportunity = new HashMap<>();
        Map<String, MemberAnalytics> analytics = new HashMap<>();
        for (CommitteeMemberView member : members) {
            UUID opportunityId = UUID.fromString(member.opportunityId());
            CoverageInput input = snapshots.get(opportunityId).input();
            UUID stakeholderId = UUID.fromString(member.stakeholderId());
            Cadence cadence = member.cadence();
            TrustScore trust = CoverageAnalyzer.memberTrust(scorer, stakeholderId, cadence, input, asOf);
            Instant lastTouchAt = lastTouchesByOpportunity.computeIfAbsent(opportunityId, key -> input.lastTouches(asOf))
                    .get(stakeholderId);
            Duration interval = settings.trust().cadenceInterval(cadence);
            analytics.put(member.id(), new MemberAnalytics(trust, lastTouchAt,
                    lastTouchAt == null ? null : lastTouchAt.plus(interval)));
        }
        return analytics;
    }

    /** The GraphQL shape; members are shown as their committee rows. */
    public static CoverageView view(Analysis analysis) {
        Map<UUID, CommitteeMember> rows = new HashMap<>();
        analysis.snapshot().members().forEach(row -> rows.put(row.id, row));
        Coverage coverage = analysis.coverage();
        return new CoverageView(coverage.score(), coverage.stage(), coverage.roles().stream()
                .map(role -> new RoleCoverageView(role.role(), role.weight(), role.status(), role.members().stream()
                        .map(member -> CommitteeMemberView.of(rows.get(member.member().id())))
                        .toList()))
                .toList(), coverage.committeeSize(), coverage.expectedSize(),
                coverage.risks().stream().map(RiskView::of).toList(),
                coverage.nextActions().stream().map(NextActionView::of).toList(), coverage.asOf());
    }

    private Map<UUID, Analysis> analyse(Scope scope, Instant asOf, Settings settings) {
        CoverageAnalyzer analyzer = new CoverageAnalyzer(settings.coverage(), new TrustScorer(settings.trust()));
        Map<UUID, Analysis> analyses = new LinkedHashMap<>();
        loader.opportunities(scope, asOf, settings.document().lookback()).forEach((id, snapshot) ->
                analyses.put(id, new Analysis(snapshot, analyzer.analyze(snapshot.input(), asOf), settings)));
        return analyses;
    }

    private static PortfolioItem item(Analysis analysis) {
        var opportunity = analysis.snapshot().opportunity();
        Coverage coverage = analysis.coverage();
        return new PortfolioItem(opportunity.id.toString(), opportunity.name, opportunity.accountId.toString(),
                analysis.snapshot().accountName(), coverage.stage(), coverage.score(), topSeverity(coverage.risks()),
                coverage.risks().stream().map(risk -> new RiskRef(risk.code(), risk.severity())).toList());
    }

    private static Severity topSeverity(List<Risk> risks) {
        return risks.stream().map(Risk::severity).max(Comparator.naturalOrder()).orElse(null);
    }

    /** An opportunity's place in the ranking; the cursor is this key, so paging is stable however many rows change. */
    private record Ranked(int severityRank, int riskPoints, double score, UUID id, Instant asOf) {

        static Ranked of(Analysis analysis) {
            List<Risk> risks = analysis.coverage().risks();
            Severity top = topSeverity(risks);
            int points = risks.stream().mapToInt(risk -> switch (risk.severity()) {
                case HIGH -> 9;
                case MEDIUM -> 3;
                case LOW -> 1;
            }).sum();
            return new Ranked(top == null ? 0 : rank(top), points, analysis.coverage().score(),
                    analysis.snapshot().opportunity().id, null);
        }

        static int rank(Severity severity) {
            return severity.ordinal() + 1;
        }

        String cursor(Instant rankedAsOf) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((severityRank + "|" + riskPoints + "|" + score
                    + "|" + id + "|" + rankedAsOf).getBytes(StandardCharsets.UTF_8));
        }

        static Ranked parse(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Ranked(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Double.parseDouble(parts[2]),
                        UUID.fromString(parts[3]), Instant.parse(parts[4]));
            } catch (RuntimeException e) {
                throw ApiException.invalid("after", "is not a cursor this API returned");
            }
        }
    }
}
