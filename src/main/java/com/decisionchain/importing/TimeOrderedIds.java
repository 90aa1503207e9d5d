package com.decisionchain.importing;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of Unix time in milliseconds, a 12-bit counter within the millisecond, then
 * 62 random bits. Ids handed out one after another sort in that order, so the rows an import creates fill their
 * B-tree indexes (and the foreign-key lookups that follow read them) at one end instead of on random pages.
 */
final class TimeOrderedIds {

    private static final TimeOrderedIds SYSTEM = new TimeOrderedIds(System::currentTimeMillis);
    private static final int COUNTER_BITS = 12;
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = Long.MIN_VALUE;
    /** Random bits drawn at a time: a SecureRandom call has a fixed cost, which one id's eight bytes would each pay. */
    static final int RANDOM_BYTES_PER_DRAW = 4096;

    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final ByteBuffer randomBits = ByteBuffer.allocate(RANDOM_BYTES_PER_DRAW).position(RANDOM_BYTES_PER_DRAW);
    /** The last id's time and counter, {@code millis << 12 | counter}; a full counter carries into the next millisecond. */
    private final AtomicLong last = new AtomicLong();

    TimeOrderedIds(LongSupplier clock) {
        this.clock = clock;
    }

    /** A new id from the system clock, ordered after every id this JVM handed out before. */
    static UUID next() {
        return SYSTEM.nextId();
    }

    UUID nextId() {
        long now = clock.getAsLong() << COUNTER_BITS;
        long stamp = last.updateAndGet(previous -> Math.max(previous + 1, now));
        long millis = stamp >>> COUNTER_BITS;
        long counter = stamp & ((1L << COUNTER_BITS) - 1);
        return new UUID(millis << 16 | VERSION_7 | counter, randomLong() >>> 2 | VARIANT_RFC);
    }

    private synchronized long randomLong() {
        if (!randomBits.hasRemaining()) {
            random.nextBytes(randomBits.array());
            randomBits.clear();
        }
        return randomBits.getLong();
    }
}
