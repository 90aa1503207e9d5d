package com.decisionchain.common;

/**
 * The order of a paged list: an instant attribute, then the id as a tie-breaker. Lists of people
 * and deals read oldest first; interactions read newest first, as a timeline does.
 */
public enum Keyset {
    CREATED_ASC("createdAt", "created_at", false),
    OCCURRED_DESC("occurredAt", "occurred_at", true);

    final String attribute;
    final String column;
    final boolean descending;

    Keyset(String attribute, String column, boolean descending) {
        this.attribute = attribute;
        this.column = column;
        this.descending = descending;
    }

    /** ORDER BY over the HQL entity alias {@code e}. */
    String hqlOrderBy() {
        return orderBy("e." + attribute, "e.id");
    }

    /** The rows after a cursor, over the HQL entity alias {@code e}. */
    String hqlAfter(String instantParameter, String idParameter) {
        return after("e." + attribute, "e.id", instantParameter, idParameter);
    }

    /** ORDER BY over a SQL table alias. */
    String sqlOrderBy(String alias) {
        return orderBy(alias + "." + column, alias + ".id");
    }

    /** The rows after a cursor, over a SQL table alias. */
    String sqlAfter(String alias, String instantParameter, String idParameter) {
        return after(alias + "." + column, alias + ".id", instantParameter, idParameter);
    }

    private String orderBy(String key, String id) {
        String direction = descending ? " desc" : "";
        return key + direction + ", " + id + direction;
    }

    private String after(String key, String id, String instantParameter, String idParameter) {
        String comparison = descending ? " < " : " > ";
        return "(" + key + comparison + instantParameter + " or (" + key + " = " + instantParameter + " and "
                + id + comparison + idParameter + "))";
    }
}
