package com.decisionchain.importing;

/** What a merged row did to the person's employment. */
public enum EmploymentChange {
    /** Same employer as before, or the first employer learned. */
    NONE,
    /**
     * A different employer: the row's job becomes current and the old one previous (DESIGN §5 "move"),
     * whether or not the row names the old employer as previous.
     */
    MOVE,
    /** The row's employer turned out to be another name of the current one (青岚机器人 = Qinglan Robotics). */
    COMPANY_ALIAS,
    /** The row describes a job the person is already known to have left (an older export read later). */
    PAST_EMPLOYMENT
}
