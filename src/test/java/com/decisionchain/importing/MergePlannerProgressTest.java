package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.decisionchain.taxonomy.TitleRoleInference;

class MergePlannerProgressTest {

    @Test
    void reportsEveryThousandRowsPlacedIncludingUnchangedOnes() throws IOException {
        MergePlanner planner;
        try (InputStream csv = MergePlanner.class.getResourceAsStream("/taxonomy/title_role_taxonomy.csv")) {
            planner = new MergePlanner(TitleRoleInference.load(csv));
        }
        List<ImportRow> rows = new ArrayList<>();
        while (rows.size() < 2_500) {
            rows.addAll(ImportFixtures.linkedInSample());
        }
        List<Integer> reported = new ArrayList<>();

        MergePlan plan = planner.plan(new MergeState(List.of(), List.of(), List.of()), rows, UUID.randomUUID(),
                Instant.parse("2026-01-15T00:00:00Z"), reported::add);

        assertEquals(List.of(1_000, 2_000), reported);
        assertEquals(59, plan.counts().created(), "the sample's people, once");
        assertEquals(rows.size() - 59, plan.counts().unchanged(), "every repeat is unchanged");
    }
}
