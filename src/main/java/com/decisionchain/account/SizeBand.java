package com.decisionchain.account;

/** Company size by employees: SMALL &lt;50, MID 50-999, LARGE 1000-9999, ENTERPRISE 10000 and more. */
public enum SizeBand {
    SMALL, MID, LARGE, ENTERPRISE;

    public static SizeBand of(Integer employeeCount) {
        if (employeeCount == null) {
            return null;
        }
        if (employeeCount < 50) {
            return SMALL;
        }
        if (employeeCount < 1000) {
            return MID;
        }
        return employeeCount < 10000 ? LARGE : ENTERPRISE;
    }

    /** The employee-count range of this band, for filtering: [min, max). */
    public int minEmployees() {
        return switch (this) {
            case SMALL -> 0;
            case MID -> 50;
            case LARGE -> 1000;
            case ENTERPRISE -> 10000;
        };
    }

    public int maxEmployeesExclusive() {
        return switch (this) {
            case SMALL -> 50;
            case MID -> 1000;
            case LARGE -> 10000;
            case ENTERPRISE -> Integer.MAX_VALUE;
        };
    }
}
