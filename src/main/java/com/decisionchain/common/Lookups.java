package com.decisionchain.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;

/** Loads tenant rows by id; a row of another tenant is as absent as one that never existed. */
public final class Lookups {

    private Lookups() {
    }

    public static <E extends TenantEntity> E require(Class<E> type, String what, UUID id) {
        E entity = Panache.getSession().find(type, id);
        if (entity == null) {
            throw ApiException.notFound(what, id.toString());
        }
        return entity;
    }

    /** The rows found among {@code ids}, by id, in one statement; nulls and repeats are ignored. */
    public static <E extends TenantEntity> Map<UUID, E> byIds(Class<E> type, Collection<UUID> ids) {
        Map<UUID, E> found = new HashMap<>();
        Set<UUID> distinct = new HashSet<>(ids);
        distinct.remove(null);
        if (!distinct.isEmpty()) {
            Panache.getSession().createSelectionQuery("from " + type.getSimpleName() + " e where e.id in :ids", type)
                    .setParameter("ids", distinct).getResultList().forEach(entity -> found.put(entity.id, entity));
        }
        return found;
    }

    /**
     * A row a batch resolver needs: loaded moments ago for the parent, it can still have been
     * deleted by a concurrent request in between, which the client should see as NOT_FOUND.
     */
    public static <T> T present(T row, String what, Object id) {
        if (row == null) {
            throw ApiException.notFound(what, String.valueOf(id));
        }
        return row;
    }
}
