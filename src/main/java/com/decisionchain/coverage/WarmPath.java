package com.decisionchain.coverage;

import java.util.List;
import java.util.UUID;

/**
 * A chain of relationships: {@code stakeholderIds} runs from the introducer to the target; {@code cost} is the sum
 * of its hop costs (see {@link WarmPathFinder}).
 */
public record WarmPath(List<UUID> stakeholderIds, double cost) {

    public WarmPath {
        stakeholderIds = List.copyOf(stakeholderIds);
    }

    public UUID introducerId() {
        return stakeholderIds.get(0);
    }
}
