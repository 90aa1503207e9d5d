package com.decisionchain.coverage;

import com.decisionchain.stakeholder.RelationshipType;
import com.decisionchain.trust.Relationship;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Finds the warm path to a decision maker we cannot reach: the cheapest chain of relationships from an engaged
 * stakeholder to the target, so we can ask for an introduction.
 *
 * <p>Any {@code REPORTS_TO}, {@code INFLUENCES}, {@code INTRODUCED} or {@code ALLY} relationship that exists at
 * {@code asOf} connects two people both ways (people who know each other can introduce either way);
 * {@code CONFLICT} never does. A hop is made by the person who passes us on, and costs
 * {@code 1 + lowTrustPenalty * (1 - trust / 100)}, with that person's trust score (0 when unknown): a hop costs 1
 * through someone fully trusted and, with the default penalty of 1, up to 2 through someone we have no trust with,
 * so one more hop is worth it only when it avoids people with much lower trust. The target's own trust does not
 * count. Ties go to the chain with fewer people, then to the smaller introducer id, so results are reproducible.
 */
public final class WarmPathFinder {

    private static final Set<RelationshipType> CONNECTING_TYPES = EnumSet.of(
            RelationshipType.REPORTS_TO, RelationshipType.INFLUENCES, RelationshipType.INTRODUCED,
            RelationshipType.ALLY);

    private final CoverageSettings settings;

    public WarmPathFinder(CoverageSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param targetId      the decision maker to reach
     * @param startIds      the engaged stakeholders who could introduce us (the target among them is ignored)
     * @param relationships the relationships to walk; those after {@code asOf} are ignored
     * @param trustScores   trust score (0-100) per stakeholder; missing people count as 0
     * @return the cheapest chain, introducer first and target last, or empty when no start connects to the target
     */
    public Optional<WarmPath> find(UUID targetId, Set<UUID> startIds, List<Relationship> relationships,
                                   Map<UUID, Double> trustScores, Instant asOf) {
        Graph<UUID, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (Relationship relationship : relationships) {
            if (CONNECTING_TYPES.contains(relationship.type()) && !relationship.at().isAfter(asOf)
                    && !relationship.fromId().equals(relationship.toId())) {
                connect(graph, relationship.fromId(), relationship.toId(), trustScores);
                connect(graph, relationship.toId(), relationship.fromId(), trustScores);
            }
        }
        if (!graph.containsVertex(targetId)) {
            return Optional.empty();
        }

        DijkstraShortestPath<UUID, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(graph);
        return startIds.stream()
                .filter(start -> !start.equals(targetId) && graph.containsVertex(start))
                .map(start -> dijkstra.getPath(start, targetId))
                .filter(Objects::nonNull)
                .min(Comparator.comparingDouble((GraphPath<UUID, DefaultWeightedEdge> path) -> path.getWeight())
                        .thenComparingInt(GraphPath::getLength)
                        .thenComparing(GraphPath::getStartVertex))
                .map(path -> new WarmPath(path.getVertexList(), path.getWeight()));
    }

    private void connect(Graph<UUID, DefaultWeightedEdge> graph, UUID introducer, UUID introduced,
                         Map<UUID, Double> trustScores) {
        graph.addVertex(introducer);
        graph.addVertex(introduced);
        // A second relationship between the same two people adds no cheaper hop: the cost depends on the introducer.
        DefaultWeightedEdge hop = graph.addEdge(introducer, introduced);
        if (hop != null) {
            double trust = trustScores.getOrDefault(introducer, 0.0);
            graph.setEdgeWeight(hop, 1 + settings.warmPathLowTrustPenalty() * (1 - trust / 100));
        }
    }
}
