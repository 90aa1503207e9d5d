package com.decisionchain.common;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.hibernate.Session;

import com.decisionchain.tenancy.TenantContext;

import io.quarkus.hibernate.orm.panache.Panache;

/** One page of rows plus what a Relay connection needs to describe it. */
public record Page<T>(List<T> rows, boolean hasNextPage, long totalCount) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(rows.stream().map(mapper).toList(), hasNextPage, totalCount);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), false, 0);
    }

    /**
     * One page of an entity in two statements: the total count, and the rows (one extra to learn
     * whether another page follows). {@code where} is HQL over alias {@code e}.
     */
    public static <E> Page<E> query(Class<E> type, String where, Map<String, Object> parameters, Keyset order,
            PageRequest request) {
        String entity = type.getSimpleName();
        String filter = where.isBlank() ? "1 = 1" : where;
        Session session = Panache.getSession();
        var count = session.createSelectionQuery("select count(*) from " + entity + " e where " + filter, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        String keyset = request.hasCursor() ? " and " + order.hqlAfter(":afterInstant", ":afterId") : "";
        var rows = session.createSelectionQuery(
                "from " + entity + " e where " + filter + keyset + " order by " + order.hqlOrderBy(), type);
        parameters.forEach(rows::setParameter);
        if (request.hasCursor()) {
            rows.setParameter("afterInstant", request.afterInstant());
            rows.setParameter("afterId", request.afterId());
        }
        List<E> found = rows.setMaxResults(request.first() + 1).getResultList();
        boolean more = found.size() > request.first();
        return new Page<>(more ? found.subList(0, request.first()) : found, more, total);
    }

    /**
     * The same page for many parents at once (a nested connection), in three statements whatever
     * the number of parents: the ids of each parent's first rows by a window function, the counts
     * per parent, and the rows themselves. {@code from} is SQL naming the table as alias {@code t}
     * (joins allowed), {@code parentColumn} the SQL expression of the parent id, and {@code where}
     * an extra SQL condition with positional parameters following the parent ids.
     */
    public static <E> Map<UUID, Page<E>> perParent(Class<E> type, Function<E, UUID> idOf, String from,
            String parentColumn, String where, List<Object> whereParameters, List<UUID> parentIds, Keyset order,
            PageRequest request) {
        Map<UUID, Page<E>> pages = new LinkedHashMap<>();
        if (parentIds.isEmpty()) {
            return pages;
        }
        Session session = Panache.getSession();
        // Row-level security isolates native SQL already; the explicit tenant keeps the second layer.
        String filter = " where t.tenant_id = ?" + (whereParameters.size() + 2) + " and " + parentColumn + " = any(?1)"
                + (where.isBlank() ? "" : " and " + where);
        UUID[] parents = parentIds.toArray(UUID[]::new);

        Map<UUID, Long> totals = new HashMap<>();
        var count = session.createNativeQuery("select " + parentColumn + ", count(*) from " + from + filter
                + " group by " + parentColumn, Object[].class);
        bind(count, parents, whereParameters);
        for (Object[] row : count.getResultList()) {
            totals.put((UUID) row[0], ((Number) row[1]).longValue());
        }

        int afterIndex = whereParameters.size() + 3;
        String keyset = request.hasCursor()
                ? " and " + order.sqlAfter("t", "?" + afterIndex, "?" + (afterIndex + 1))
                : "";
        var ranked = session.createNativeQuery("select parent, id from (select " + parentColumn
                + " as parent, t.id as id, row_number() over (partition by " + parentColumn + " order by "
                + order.sqlOrderBy("t") + ") as position from " + from + filter + keyset
                + ") ranked where position <= " + (request.first() + 1) + " order by parent, position", Object[].class);
        bind(ranked, parents, whereParameters);
        if (request.hasCursor()) {
            ranked.setParameter(afterIndex, request.afterInstant());
            ranked.setParameter(afterIndex + 1, request.afterId());
        }
        Map<UUID, List<UUID>> idsByParent = new LinkedHashMap<>();
        for (Object[] row : ranked.getResultList()) {
            idsByParent.computeIfAbsent((UUID) row[0], key -> new java.util.ArrayList<>()).add((UUID) row[1]);
        }
        List<UUID> allIds = idsByParent.values().stream().flatMap(List::stream).toList();
        Map<UUID, E> byId = new HashMap<>();
        if (!allIds.isEmpty()) {
            session.createSelectionQuery("from " + type.getSimpleName() + " e where e.id in :ids", type)
                    .setParameter("ids", allIds).getResultList().forEach(entity -> byId.put(idOf.apply(entity), entity));
        }
        for (UUID parent : parentIds) {
            List<UUID> ids = idsByParent.getOrDefault(parent, List.of());
            boolean more = ids.size() > request.first();
            List<E> rows = (more ? ids.subList(0, request.first()) : ids).stream().map(byId::get).toList();
            pages.put(parent, new Page<>(rows, more, totals.getOrDefault(parent, 0L)));
        }
        return pages;
    }

    private static void bind(org.hibernate.query.NativeQuery<?> query, UUID[] parents, List<Object> whereParameters) {
        query.setParameter(1, parents);
        for (int i = 0; i < whereParameters.size(); i++) {
            query.setParameter(i + 2, whereParameters.get(i));
        }
        query.setParameter(whereParameters.size() + 2, TenantContext.current());
    }
}
