package com.decisionchain.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.decisionchain.coverage.Coverage;
import com.decisionchain.coverage.MemberCoverage;
import com.decisionchain.coverage.RoleCoverage;
import com.decisionchain.opportunity.CommitteeMember;

/**
 * The article's decision-chain matrix as CSV: one row per current member and role, and one row per role nobody
 * holds. UTF-8 with a byte order mark so Excel reads Chinese correctly; a cell that a spreadsheet would take for a
 * formula (starting with {@code = + - @}, tab, CR or LF) is prefixed with an apostrophe, which shows as text.
 */
final class DecisionChainCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final List<String> HEADER = List.of("Role", "Role label", "Role status", "Name", "Title", "Influence",
            "Stance", "Pain points", "Cadence", "Trust", "Trust level", "Last touch", "Next touch due");

    private DecisionChainCsv() {
    }

    /**
     * @param rows       the committee rows by id, for the columns the coverage does not carry
     * @param titles     the stakeholders' titles by stakeholder id
     * @param roleLabels the taxonomy's labels by role key (e.g. "决策者 / Decision maker")
     */
    static String write(Coverage coverage, Map<UUID, CommitteeMember> rows,
            Map<UUID, String> titles, Map<String, String> roleLabels) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(HEADER);
            for (RoleCoverage role : coverage.roles()) {
                String label = roleLabels.getOrDefault(role.role(), "");
                if (role.members().isEmpty()) {
                    printer.printRecord(safe(List.of(role.role(), label, role.status().name(), "", "", "", "", "", "",
                            "", "", "", "")));
                }
                for (MemberCoverage member : role.members()) {
                    CommitteeMember row = rows.get(member.member().id());
                    printer.printRecord(safe(List.of(role.role(), label, member.status().name(),
                            member.member().fullName(), text(titles.get(member.member().stakeholderId())),
                            row.influence.name(), row.stance.name(), String.join("; ", row.painPoints),
                            row.cadence == null ? "" : row.cadence.name(), String.valueOf(member.trust().score()),
                            member.trust().level().name(), instant(member.lastTouchAt()),
                            instant(member.nextTouchDueAt()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Neutralises every cell a spreadsheet could evaluate (OWASP CSV injection). */
    static List<String> safe(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(!cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell);
        }
        return safe;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }
}
