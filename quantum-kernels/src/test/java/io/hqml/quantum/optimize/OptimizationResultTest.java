package io.hqml.quantum.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizationResultTest {

    @Test
    void isImmutableAndComparesArraysByContent() {
        double[] x = {1, 2};
        List<Double> history = new ArrayList<>(List.of(3.0, 2.0));
        OptimizationResult r = new OptimizationResult(x, 2.0, 2, 7, true, history);
        x[0] = 99;
        history.add(1.0);
        r.x()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, r.x(), 0.0);
        assertEquals(List.of(3.0, 2.0), r.history());
        assertThrows(UnsupportedOperationException.class, () -> r.history().add(0.0));
        assertEquals(r, new OptimizationResult(new double[] {1, 2}, 2.0, 2, 7, true, List.of(3.0, 2.0)));
        assertEquals(r.hashCode(), new OptimizationResult(new double[] {1, 2}, 2.0, 2, 7, true, List.of(3.0, 2.0))
                .hashCode());
        // Bit-level comparison: -0.0 and 0.0 differ, as a determinism check should see them.
        assertNotEquals(new OptimizationResult(new double[] {0.0}, 0, 0, 1, false, List.of()),
                new OptimizationResult(new double[] {-0.0}, 0, 0, 1, false, List.of()));
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizationResult(new double[1], 0, 2, 3, false, List.of(1.0)));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizationResult(new double[1], 0, 0, -1, false, List.of()));
        assertThrows(NullPointerException.class, () -> new OptimizationResult(null, 0, 0, 0, false, List.of()));
    }
}
