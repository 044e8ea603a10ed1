package io.hqml.quantum.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendResultTest {
    private static ResultMetadata md(int shots) {
        return new ResultMetadata("j", "b", "1", "ideal", shots, Duration.ZERO, Duration.ZERO, Cost.free());
    }

    @Test
    void countsOfOutcomesPutQubitZeroRightmost() {
        // outcome 1 = qubit 0 set; outcome 4 = qubit 2 set
        assertEquals(Map.of("001", 2L, "100", 1L), BackendResult.countsOf(new long[] {1, 4, 1}, 3));
        assertEquals(Map.of("01", 0.25, "10", 0.75), BackendResult.probabilitiesOf(new double[] {0, 0.25, 0.75, 0}, 2));
    }

    @Test
    void totalsMustEqualTheShotsAndKeysMustBeBitstrings() {
        assertThrows(IllegalArgumentException.class, () -> BackendResult.ofCounts(List.of(Map.of("01", 3L)), md(4)));
        assertThrows(IllegalArgumentException.class,
                () -> BackendResult.ofCounts(List.of(Map.of("01", 2L, "2", 2L)), md(4)));
        assertThrows(IllegalArgumentException.class,
                () -> BackendResult.ofCounts(List.of(Map.of("01", 2L, "011", 2L)), md(4)));
        BackendResult r = BackendResult.ofCounts(List.of(Map.of("01", 1L, "11", 3L)), md(4));
        assertEquals(0.75, r.probability(0, "11"));
        assertEquals(0.0, r.probability(0, "00"));
        assertEquals(Map.of("01", 0.25, "11", 0.75), r.probabilities(0));
    }

    @Test
    void exactResultsHaveNoCounts() {
        BackendResult r = BackendResult.ofProbabilities(List.of(Map.of("0", 1.0)), md(0));
        assertThrows(IllegalStateException.class, () -> r.counts(0));
        assertThrows(IllegalArgumentException.class, () -> BackendResult.ofProbabilities(List.of(Map.of("0", 1.0)), md(5)));
    }
}
