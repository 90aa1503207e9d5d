package com.decisionchain.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN (FORMAT binary)}, its records written straight into the connection's copy stream.
 * Each value goes in its type's binary form (ids as 16 bytes, dates and times as integers, text as UTF-8), so nothing
 * is formatted, quoted or escaped here and nothing is parsed back on the server. Every record has the same number of
 * fields; a record with too few or too many is refused here, before the server would see it.
 */
final class BinaryCopy implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int SEND_AT = 1 << 16;
    private static final int NULL_LENGTH = -1;
    private static final int END_OF_DATA = -1;
    private static final int TEXT_OID = 25;
    /** PostgreSQL counts dates and times from 2000-01-01 (UTC). */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400;

    private final CopyIn copy;
    private final int fieldsPerRecord;
    private byte[] buffer = new byte[SEND_AT * 2];
    private int length;
    /** Values the current record still needs; 0 between records. */
    private int fieldsLeft;

    BinaryCopy(Connection connection, String sql, int fieldsPerRecord) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        this.fieldsPerRecord = fieldsPerRecord;
        reserve(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        length = SIGNATURE.length;
        putInt(0);
        putInt(0);
    }

    /** Starts a record, sending what is buffered once there is enough of it. */
    BinaryCopy record() throws SQLException {
        requireRecordComplete();
        if (length >= SEND_AT) {
            send();
        }
        reserve(2);
        putShort(fieldsPerRecord);
        fieldsLeft = fieldsPerRecord;
        return this;
    }

    BinaryCopy text(String value) {
        if (value == null) {
            return nullValue();
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        field(4 + bytes.length);
        putInt(bytes.length);
        putBytes(bytes);
        return this;
    }

    /** A one-dimensional text[] (an empty one for no values). */
    BinaryCopy textArray(List<String> values) {
        byte[][] elements = new byte[values.size()][];
        int size = values.isEmpty() ? 12 : 20;
        for (int i = 0; i < elements.length; i++) {
            elements[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
            size += 4 + elements[i].length;
        }
        field(4 + size);
        putInt(size);
        putInt(values.isEmpty() ? 0 : 1);
        putInt(0);
        putInt(TEXT_OID);
        if (!values.isEmpty()) {
            putInt(elements.length);
            putInt(1);
        }
        for (byte[] element : elements) {
            putInt(element.length);
            putBytes(element);
        }
        return this;
    }

    BinaryCopy uuid(UUID value) {
        if (value == null) {
            return nullValue();
        }
        field(20);
        putInt(16);
        putLong(value.getMostSignificantBits());
        putLong(value.getLeastSignificantBits());
        return this;
    }

    BinaryCopy bool(boolean value) {
        field(5);
        putInt(1);
        buffer[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    BinaryCopy int8(long value) {
        field(12);
        putInt(8);
        putLong(value);
        return this;
    }

    BinaryCopy date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        field(8);
        putInt(4);
        putInt(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    /** Rounded half up to the microsecond, the precision timestamptz keeps. */
    BinaryCopy timestamptz(Instant value) {
        if (value == null) {
            return nullValue();
        }
        field(12);
        putInt(8);
        putLong((value.getEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000 + (value.getNano() + 500) / 1_000);
        return this;
    }

    void finish() throws SQLException {
        requireRecordComplete();
        reserve(2);
        putShort(END_OF_DATA);
        send();
        copy.endCopy();
    }

    /** Abandons a copy that did not finish, so the connection can report the failure and roll back. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private BinaryCopy nullValue() {
        field(4);
        putInt(NULL_LENGTH);
        return this;
    }

    /** Counts one value of the current record and makes room for its {@code bytes}. */
    private void field(int bytes) {
        if (fieldsLeft == 0) {
            throw new IllegalStateException("a value outside a record, or more than its " + fieldsPerRecord + " fields");
        }
        fieldsLeft--;
        reserve(bytes);
    }

    private void requireRecordComplete() {
        if (fieldsLeft != 0) {
            throw new IllegalStateException("a record ended " + fieldsLeft + " of its " + fieldsPerRecord + " fields short");
        }
    }

    private void putShort(int value) {
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) {
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void putBytes(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void reserve(int bytes) {
        if (length + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + bytes));
        }
    }

    private void send() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
