package com.decisionchain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.Fixtures;
import com.decisionchain.support.GraphQL;
import com.decisionchain.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Two tenants' requests interleaved over a single pooled connection never see each other's rows. */
@QuarkusTest
@TestProfile(SingleConnectionPoolProfile.class)
class PoolIsolationTest {

    private static final int ROUNDS = 40;

    @Test
    void interleavedTenantsOverOneConnectionStaySeparate() throws Exception {
        String alpha = Fixtures.newTenant();
        String beta = Fixtures.newTenant();
        String alphaToken = Tokens.of(alpha, "rep");
        String betaToken = Tokens.of(beta, "rep");
        for (int i = 0; i < 3; i++) {
            Fixtures.account(alphaToken, alpha + " account " + i);
            Fixtures.account(betaToken, beta + " account " + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                boolean write = round % 5 == 0;
                results.add(pool.submit(visit(alphaToken, alpha, write)));
                results.add(pool.submit(visit(betaToken, beta, write)));
            }
            List<String> leaks = new ArrayList<>();
            for (Future<List<String>> result : results) {
                leaks.addAll(result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(List.of(), leaks, "rows of another tenant seen, or the tenant's own rows missing");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3 + ROUNDS / 5, (int) GraphQL.post(alphaToken, "{ accounts { totalCount } }")
                .extract().path("data.accounts.totalCount"));
    }

    /**
     * Lists the tenant's accounts (after creating one, for a write) and returns what is wrong: names of
     * other tenants' rows, or a note when the tenant's own rows are missing (a connection still bound
     * to the other tenant would hide them through row-level security).
     */
    private static Callable<List<String>> visit(String token, String tenant, boolean write) {
        return () -> {
            if (write) {
                Fixtures.account(token, tenant + " written");
            }
            List<String> names = GraphQL.post(token, "{ accounts(first: 100) { edges { node { name } } } }")
                    .statusCode(200).extract().path("data.accounts.edges.node.name");
            List<String> problems = new ArrayList<>(names.stream().filter(name -> !name.startsWith(tenant + " ")).toList());
            if (names.stream().filter(name -> name.startsWith(tenant + " account ")).count() != 3) {
                problems.add(tenant + " saw " + names.size() + " rows without its 3 seeded accounts");
            }
            return problems;
        };
    }
}
