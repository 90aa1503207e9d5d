package com.decisionchain.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** Stakeholder seniority (DESIGN §1). */
public enum Seniority {
    BOARD,
    C_LEVEL,
    VP,
    DIRECTOR,
    MANAGER,
    NON_MANAGER,
    UNKNOWN;

    /**
     * Reads the taxonomy's and ZoomInfo's {@code Management Level} labels: {@code Board}, {@code Board Member},
     * {@code C-Level}, {@code VP-Level}, {@code Director}, {@code Manager}, {@code Non-Manager}.
     *
     * @return the seniority, or empty for a blank or unknown label
     */
    public static Optional<Seniority> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "board", "board member", "board of directors" -> Optional.of(BOARD);
            case "c-level", "c level", "c-suite" -> Optional.of(C_LEVEL);
            case "vp-level", "vp level", "vp", "vice president" -> Optional.of(VP);
            case "director" -> Optional.of(DIRECTOR);
            case "manager" -> Optional.of(MANAGER);
            case "non-manager", "non manager", "individual contributor" -> Optional.of(NON_MANAGER);
            default -> Optional.empty();
        };
    }
}
