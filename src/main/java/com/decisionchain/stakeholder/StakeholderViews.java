package com.decisionchain.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;

import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** Maps stakeholders to the caller's view: contact details only for callers with PII access. */
@ApplicationScoped
public class StakeholderViews {

    private final Caller caller;

    public StakeholderViews(Caller caller) {
        this.caller = caller;
    }

    public StakeholderView of(Stakeholder stakeholder) {
        return stakeholder == null ? null : StakeholderView.of(stakeholder, caller.has(Access.READ_PII));
    }
}
