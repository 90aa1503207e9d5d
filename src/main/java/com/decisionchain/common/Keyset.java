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

    String orderBy(String alias) {
        String direction = descending ? " desc" : "";
        return alias + "." + (alias.equals("e") ? attribute : column) + direction + ", " + alias + ".id" + direction;
    }

    String after(String alias, String instantParameter, String idParameter) {
        String key = alias + "." + (alias.equals("e") ? attribute : column);
        String comparison = descending ? " < " : " > ";
        return "(" + key + comparison + instantParameter + " or (" + key + " = " + instantParameter + " and "
                + alias + ".id" + comparison + idParameter + "))";
    }
}
