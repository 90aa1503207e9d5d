package com.decisionchain.importing;

import java.util.List;
import java.util.Set;

/**
 * An organisation as the import knows it so far.
 *
 * @param organisationId stable within one {@link CompanyMatcher}
 * @param names          every spelling seen, first seen first (aliases such as 青岚机器人 / Qinglan Robotics Co., Ltd.)
 * @param nameKeys       their {@link CompanyNames#key}s
 * @param domains        website and work e-mail domains
 * @param vendorKeys     source-qualified vendor ids
 */
public record Organisation(String organisationId, List<String> names, Set<String> nameKeys, Set<String> domains, Set<String> vendorKeys) {

    public Organisation {
        names = List.copyOf(names);
        nameKeys = Set.copyOf(nameKeys);
        domains = Set.copyOf(domains);
        vendorKeys = Set.copyOf(vendorKeys);
    }
}
