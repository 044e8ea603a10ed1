package io.hqml.backends.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void backoffGrowsGeometricallyUpToTheCapWithinTheJitter() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(100), 2, Duration.ofSeconds(1), 0.25, Duration.ZERO, 7);
        double[] base = {100, 200, 400, 800, 1000, 1000};
        for (int attempt = 1; attempt <= base.length; attempt++) {
            double ms = p.backoff(3, attempt).toNanos() / 1e6;
            assertTrue(ms >= base[attempt - 1] * 0.75 && ms <= base[attempt - 1] * 1.25, attempt + ": " + ms);
        }
    }

    @Test
    void jitterIsAFunctionOfSeedRequestAndAttempt() {
        RetryPolicy p = RetryPolicy.defaults().withSeed(11);
        assertEquals(p.backoff(5, 2), RetryPolicy.defaults().withSeed(11).backoff(5, 2));
        assertNotEquals(p.backoff(5, 2), p.backoff(6, 2));
        assertNotEquals(p.backoff(5, 2), p.withSeed(12).backoff(5, 2));
        RetryPolicy noJitter = new RetryPolicy(3, Duration.ofMillis(500), 2, Duration.ofSeconds(30), 0, Duration.ZERO, 1);
        assertEquals(Duration.ofSeconds(1), noJitter.backoff(1, 2));
    }

    @Test
    void invalidPoliciesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxAttempts(0));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(1, Duration.ZERO, 0.5, Duration.ZERO, 0, Duration.ZERO, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO, 1.0, Duration.ZERO, 0));
        PollPolicy poll = new PollPolicy(Duration.ofMillis(100), 2, Duration.ofMillis(300));
        assertEquals(Duration.ofMillis(100), poll.interval(1));
        assertEquals(Duration.ofMillis(200), poll.interval(2));
        assertEquals(Duration.ofMillis(300), poll.interval(3));
        assertEquals(Duration.ofMillis(300), poll.interval(50));
    }
}
