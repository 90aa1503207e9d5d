package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.decisionchain.support.RuntimeLogin;

import io.quarkus.test.junit.QuarkusTest;

/** What the staging COPY writes is what PostgreSQL reads back, for every type it writes, as the service's database login. */
@QuarkusTest
class BinaryCopyTest {

    private static final String TABLE = "create temporary table copied (id int8, t text, a text[] not null, u uuid, b bool, "
            + "d date, ts timestamptz) on commit drop";
    private static final String COPY = "copy pg_temp.copied from stdin with (format binary)";
    private static final UUID ID = UUID.fromString("01932f6a-1b2c-7001-8a5e-0123456789ab");

    @Test
    void everyTypeReadsBackAsWritten() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
            try (BinaryCopy copy = new BinaryCopy(connection, COPY, 7)) {
                copy.record().int8(1).text(null).textArray(List.of()).uuid(null).bool(false).date(null).timestamptz(null);
                copy.record().int8(Long.MIN_VALUE).text("Zürich 采购 🚀 \ud800").textArray(List.of("", "a,b", "q\"uote", "back\\slash", "}{", "王"))
                        .uuid(ID).bool(true).date(LocalDate.of(1999, 12, 31)).timestamptz(Instant.parse("1969-07-20T20:17:40.000000501Z"));
                copy.record().int8(3).text("").textArray(List.of("only")).uuid(ID).bool(false).date(LocalDate.of(2000, 1, 1))
                        .timestamptz(Instant.parse("2000-01-01T00:00:00Z"));
                copy.record().int8(4).text("x").textArray(List.of()).uuid(ID).bool(true).date(LocalDate.of(1582, 10, 15))
                        .timestamptz(Instant.parse("2026-11-28T02:30:00.123456499Z"));
                copy.finish();
            }
            try (ResultSet r = statement.executeQuery("select id, t, a, u, b, d, ts, cardinality(a) from copied order by id nulls first")) {
                assertTrue(r.next());
                assertEquals(Long.MIN_VALUE, r.getLong(1));
                assertEquals("Zürich 采购 🚀 ?", r.getString(2), "an unpaired surrogate is written as '?', as String.getBytes does");
                assertArrayEquals(new String[] {"", "a,b", "q\"uote", "back\\slash", "}{", "王"}, (String[]) r.getArray(3).getArray());
                assertEquals(ID, r.getObject(4, UUID.class));
                assertTrue(r.getBoolean(5));
                assertEquals(LocalDate.of(1999, 12, 31), r.getObject(6, LocalDate.class));
                assertEquals(Instant.parse("1969-07-20T20:17:40.000001Z"), r.getObject(7, OffsetDateTime.class).toInstant());

                assertTrue(r.next());
                assertEquals(1, r.getLong(1));
                assertNull(r.getString(2));
                assertEquals(0, r.getInt(8), "an empty list is an empty array, not null");
                assertNull(r.getObject(4));
                assertFalse(r.getBoolean(5));
                assertNull(r.getObject(6));
                assertNull(r.getObject(7));

                assertTrue(r.next());
                assertEquals("", r.getString(2), "an empty text is not null");
                assertArrayEquals(new String[] {"only"}, (String[]) r.getArray(3).getArray());
                assertEquals(LocalDate.of(2000, 1, 1), r.getObject(6, LocalDate.class));
                assertEquals(Instant.parse("2000-01-01T00:00:00Z"), r.getObject(7, OffsetDateTime.class).toInstant());

                assertTrue(r.next());
                assertEquals(LocalDate.of(1582, 10, 15), r.getObject(6, LocalDate.class));
                assertEquals(Instant.parse("2026-11-28T02:30:00.123456Z"), r.getObject(7, OffsetDateTime.class).toInstant());
                assertFalse(r.next());
            }
        }
    }

    @Test
    void manyRecordsAreSentInPiecesAndAllArrive() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
            try (BinaryCopy copy = new BinaryCopy(connection, COPY, 7)) {
                for (int i = 0; i < 20_000; i++) {
                    copy.record().int8(i).text("row " + i).textArray(List.of("a" + i, "b")).uuid(new UUID(i, i)).bool(i % 2 == 0)
                            .date(LocalDate.of(2026, 1, 1).plusDays(i % 365)).timestamptz(Instant.ofEpochSecond(i));
                }
                copy.finish();
            }
            try (ResultSet r = statement.executeQuery("select count(*), sum(id), count(distinct u), max(t) filter (where id = 19999), "
                    + "max(a[1]) filter (where id = 12345) from copied")) {
                r.next();
                assertEquals(20_000, r.getLong(1));
                assertEquals(19_999L * 20_000 / 2, r.getLong(2));
                assertEquals(20_000, r.getLong(3));
                assertEquals("row 19999", r.getString(4));
                assertEquals("a12345", r.getString(5));
            }
        }
    }

    @Test
    void aRecordOfAnotherWidthIsRefusedAndNothingIsCopied() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
            try (BinaryCopy copy = new BinaryCopy(connection, COPY, 7)) {
                copy.record().int8(1).text("short");
                assertThrows(IllegalStateException.class, copy::record);
                assertThrows(IllegalStateException.class, copy::finish);
            }
            connection.rollback();
            statement.execute(TABLE);
            try (BinaryCopy copy = new BinaryCopy(connection, COPY, 7)) {
                copy.record().int8(1).text(null).textArray(List.of()).uuid(null).bool(false).date(null).timestamptz(null);
                assertThrows(IllegalStateException.class, () -> copy.text("one too many"));
            }
            connection.rollback();
            statement.execute(TABLE);
            try (ResultSet r = statement.executeQuery("select count(*) from copied")) {
                r.next();
                assertEquals(0, r.getLong(1), "the connection is usable again and holds nothing of the refused copies");
            }
        }
    }

    /** The service's login in a transaction of its own, as an import job's is; the temporary tables go at its end. */
    private Connection connect() throws SQLException {
        Connection connection = RuntimeLogin.connect();
        connection.setAutoCommit(false);
        return connection;
    }
}
