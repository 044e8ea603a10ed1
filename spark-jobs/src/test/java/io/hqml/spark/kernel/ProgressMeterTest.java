package io.hqml.spark.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Throttling and the time-left estimate, on an injected clock (no sleeping, no timing). */
class ProgressMeterTest {
    private long now;

    private ProgressMeter meter(long total, double intervalSeconds) {
        now = 0;
        return new ProgressMeter("k", total, () -> now, (long) (intervalSeconds * 1e9));
    }

    private void at(double seconds) {
        now = (long) (seconds * 1e9);
    }

    @Test
    void reportsAtMostOncePerIntervalAndAlwaysTheLastTile() {
        ProgressMeter m = meter(10, 5);
        at(1);
        assertTrue(m.update(1).isEmpty(), "within the first interval");
        at(6);
        ProgressMeter.Report r = m.update(3).orElseThrow();
        assertEquals(3, r.done());
        assertEquals(6.0, r.elapsedSeconds(), 1e-12);
        // 6 s for 3 tiles: 2 s a tile, 7 tiles left.
        assertEquals(14.0, r.etaSeconds(), 1e-12);
        at(7);
        assertTrue(m.update(5).isEmpty(), "1 s after the last report");
        at(8);
        ProgressMeter.Report last = m.update(10).orElseThrow();
        assertEquals(10, last.done());
        assertEquals(0.0, last.etaSeconds());
        assertEquals("k: 10/10 tiles (100%), 8.0 s elapsed, ETA 0.0 s", last.line());
        at(100);
        assertEquals(Optional.empty(), m.update(10), "finished is reported once");
    }

    @Test
    void zeroIntervalReportsEveryNewTileButNotRepeats() {
        ProgressMeter m = meter(3, 0);
        int reports = 0;
        for (long done : new long[] {0, 1, 1, 2, 3, 3}) {
            reports += m.update(done).isPresent() ? 1 : 0;
        }
        assertEquals(3, reports);
    }
}
