package com.decisionchain.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves which organisation a row belongs to and remembers every organisation seen. An organisation is
 * known by its source-qualified vendor ids, normalised names, website domains and its people's work-email
 * domains, looked up in that order (DESIGN §5). Each key belongs to the organisation that brought it first.
 *
 * <p>Two known organisations become one only through {@link #linkAsAliases}: when a person merge or a row's
 * own evidence says they are the same, their names are in different scripts (a translation, as 青岚机器人
 * and Qinglan Robotics), and no vendor id or domain contradicts it. Two different Latin names are left
 * apart: that is more often a move or a stale e-mail than an alias.
 */
public final class CompanyMatcher {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, String> idByVendorKey = new HashMap<>();
    private final Map<String, String> idByNameKey = new HashMap<>();
    private final Map<String, String> idByDomain = new HashMap<>();
    private int lastSequence;

    /** Looks the evidence up without changing anything. */
    public Optional<CompanyMatch> find(CompanyEvidence evidence) {
        if (evidence.vendorKey() != null && idByVendorKey.containsKey(evidence.vendorKey())) {
            return match(idByVendorKey.get(evidence.vendorKey()), CompanyMatchBasis.VENDOR_ID);
        }
        if (evidence.nameKey() != null && idByNameKey.containsKey(evidence.nameKey())) {
            return match(idByNameKey.get(evidence.nameKey()), CompanyMatchBasis.NORMALISED_NAME);
        }
        if (evidence.websiteDomain() != null && idByDomain.containsKey(evidence.websiteDomain())) {
            return match(idByDomain.get(evidence.websiteDomain()), CompanyMatchBasis.WEBSITE_DOMAIN);
        }
        for (String domain : evidence.workEmailDomains()) {
            if (idByDomain.containsKey(domain)) {
                return match(idByDomain.get(domain), CompanyMatchBasis.WORK_EMAIL_DOMAIN);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds or founds the evidence's organisation and adds the evidence's unclaimed keys and name to it.
     * Keys claimed by another organisation are a hint that the two are one; they are linked when
     * {@link #linkAsAliases} allows it.
     *
     * @return the organisation's id; empty when the evidence names no organisation (no company, 独立顾问)
     */
    public Optional<String> register(CompanyEvidence evidence) {
        return register(evidence, find(evidence));
    }

    /** Like {@link #register(CompanyEvidence)} when the caller has just {@link #find found} the evidence. */
    Optional<String> register(CompanyEvidence evidence, Optional<CompanyMatch> found) {
        if (found.isEmpty() && !evidence.canFoundOrganisation()) {
            return Optional.empty();
        }
        String id = found.map(CompanyMatch::organisationId).orElseGet(this::found);
        Entry entry = entries.get(id);
        List<String> claimedElsewhere = new ArrayList<>();
        if (claim(idByVendorKey, evidence.vendorKey(), id, claimedElsewhere)) {
            entry.vendorKeys.add(evidence.vendorKey());
        }
        if (claim(idByNameKey, evidence.nameKey(), id, claimedElsewhere)) {
            entry.nameKeys.add(evidence.nameKey());
            entry.names.add(evidence.name().strip());
        }
        if (claim(idByDomain, evidence.websiteDomain(), id, claimedElsewhere)) {
            entry.domains.add(evidence.websiteDomain());
        }
        for (String domain : evidence.workEmailDomains()) {
            if (claim(idByDomain, domain, id, claimedElsewhere)) {
                entry.domains.add(domain);
            }
        }
        claimedElsewhere.forEach(other -> linkAsAliases(id, other));
        return Optional.of(canonicalId(id));
    }

    /**
     * Makes two organisations one if their names are written in disjoint scripts, they hold no different ids
     * of the same source, and, when both have domains, they share one.
     *
     * @return true when they are (now) the same organisation
     */
    public boolean linkAsAliases(String firstId, String secondId) {
        String keep = canonicalId(firstId);
        String drop = canonicalId(secondId);
        if (keep.equals(drop)) {
            return true;
        }
        Entry kept = entries.get(keep);
        Entry dropped = entries.get(drop);
        if (sharesScript(kept, dropped) || vendorIdsConflict(kept, dropped) || domainsConflict(kept, dropped)) {
            return false;
        }
        if (dropped.sequence < kept.sequence) {
            // The older id survives, so ids handed out earlier stay the canonical ones where possible.
            Entry swap = kept;
            kept = dropped;
            dropped = swap;
            String swapId = keep;
            keep = drop;
            drop = swapId;
        }
        kept.names.addAll(dropped.names);
        kept.nameKeys.addAll(dropped.nameKeys);
        kept.domains.addAll(dropped.domains);
        kept.vendorKeys.addAll(dropped.vendorKeys);
        entries.remove(drop);
        mergedInto.put(drop, keep);
        return true;
    }

    /** The id an organisation is known by now, following alias links. */
    public String canonicalId(String organisationId) {
        if (mergedInto.isEmpty()) {
            return organisationId;
        }
        String id = organisationId;
        while (mergedInto.containsKey(id)) {
            id = mergedInto.get(id);
        }
        return id;
    }

    public Optional<Organisation> organisation(String organisationId) {
        return Optional.ofNullable(entries.get(canonicalId(organisationId))).map(Entry::snapshot);
    }

    /** Every distinct organisation, in the order they were first seen. */
    public List<Organisation> organisations() {
        return entries.values().stream().map(Entry::snapshot).toList();
    }

    private Optional<CompanyMatch> match(String id, CompanyMatchBasis basis) {
        return Optional.of(new CompanyMatch(canonicalId(id), basis));
    }

    private String found() {
        Entry entry = new Entry(++lastSequence);
        entries.put(entry.id, entry);
        return entry.id;
    }

    /** Gives {@code key} to {@code id} unless another organisation has it; true when {@code id} owns it. */
    private boolean claim(Map<String, String> index, String key, String id, List<String> claimedElsewhere) {
        if (key == null) {
            return false;
        }
        String earlier = index.putIfAbsent(key, id);
        String owner = canonicalId(earlier == null ? id : earlier);
        if (owner.equals(id)) {
            return true;
        }
        claimedElsewhere.add(owner);
        return false;
    }

    private static boolean sharesScript(Entry first, Entry second) {
        boolean firstHan = first.names.stream().anyMatch(CompanyNames::isHan);
        boolean firstOther = first.names.stream().anyMatch(name -> !CompanyNames.isHan(name));
        boolean secondHan = second.names.stream().anyMatch(CompanyNames::isHan);
        boolean secondOther = second.names.stream().anyMatch(name -> !CompanyNames.isHan(name));
        return firstHan && secondHan || firstOther && secondOther;
    }

    private static boolean vendorIdsConflict(Entry first, Entry second) {
        for (String key : first.vendorKeys) {
            String source = key.substring(0, key.indexOf(':') + 1);
            if (second.vendorKeys.stream().anyMatch(other -> other.startsWith(source) && !other.equals(key))) {
                return true;
            }
        }
        return false;
    }

    private static boolean domainsConflict(Entry first, Entry second) {
        return !first.domains.isEmpty() && !second.domains.isEmpty()
                && first.domains.stream().noneMatch(second.domains::contains);
    }

    private static final class Entry {
        final int sequence;
        final String id;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> nameKeys = new LinkedHashSet<>();
        final Set<String> domains = new LinkedHashSet<>();
        final Set<String> vendorKeys = new LinkedHashSet<>();

        Entry(int sequence) {
            this.sequence = sequence;
            this.id = "org-" + sequence;
        }

        Organisation snapshot() {
            return new Organisation(id, new ArrayList<>(names), nameKeys, domains, vendorKeys);
        }
    }
}
