package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private static final long MILLIS = 0x0193_2F6A_1B2CL;

    @Test
    void layoutIsVersion7WithTheMillisecondsFirst() {
        UUID id = new TimeOrderedIds(() -> MILLIS).nextId();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(MILLIS, id.getMostSignificantBits() >>> 16);
        assertEquals("01932f6a-1b2c-7000", id.toString().substring(0, 18));
    }

    @Test
    void idsOfOneMillisecondCountUp() {
        TimeOrderedIds ids = new TimeOrderedIds(() -> MILLIS);
        ids.nextId();
        UUID second = ids.nextId();
        UUID third = ids.nextId();
        assertEquals("01932f6a-1b2c-7001", second.toString().substring(0, 18));
        assertEquals("01932f6a-1b2c-7002", third.toString().substring(0, 18));
    }

    @Test
    void aClockGoingBackDoesNotReorderIds() {
        AtomicLong clock = new AtomicLong(MILLIS);
        TimeOrderedIds ids = new TimeOrderedIds(clock::get);
        ids.nextId();
        clock.set(MILLIS - 5);
        assertEquals("01932f6a-1b2c-7001", ids.nextId().toString().substring(0, 18));
        clock.set(MILLIS + 1);
        assertEquals("01932f6a-1b2d-7000", ids.nextId().toString().substring(0, 18));
    }

    @Test
    void aFullCounterCarriesIntoTheNextMillisecond() {
        TimeOrderedIds ids = new TimeOrderedIds(() -> MILLIS);
        for (int i = 0; i < 4096; i++) {
            ids.nextId();
        }
        assertEquals("01932f6a-1b2d-7000", ids.nextId().toString().substring(0, 18));
    }

    @Test
    void randomBitsKeepComingAfterTheFirstDraw() {
        TimeOrderedIds ids = new TimeOrderedIds(() -> MILLIS);
        Set<Long> randomHalves = new HashSet<>();
        int idsPerDraw = TimeOrderedIds.RANDOM_BYTES_PER_DRAW / Long.BYTES;
        for (int i = 0; i < 3 * idsPerDraw; i++) {
            UUID id = ids.nextId();
            assertEquals(2, id.variant());
            randomHalves.add(id.getLeastSignificantBits());
        }
        assertEquals(3 * idsPerDraw, randomHalves.size());
    }
}
