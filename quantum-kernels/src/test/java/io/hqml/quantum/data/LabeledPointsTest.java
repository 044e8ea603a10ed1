package io.hqml.quantum.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabeledPointsTest {

    private static final String[] NAMES = {"a", "b"};

    @Test
    void acceptsConsistentArraysAndReportsShape() {
        LabeledPoints p = new LabeledPoints(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {0, 2, 1},
                new boolean[] {false, true, false}, NAMES);
        assertEquals(3, p.size());
        assertEquals(2, p.dimension());
        assertEquals(3, p.numClasses());
    }

    @Test
    void rejectsInconsistentInput() {
        double[][] f = {{1, 2}, {3, 4}};
        assertThrows(IllegalArgumentException.class, () -> new LabeledPoints(f, new int[1], new boolean[2], NAMES));
        assertThrows(IllegalArgumentException.class, () -> new LabeledPoints(f, new int[2], new boolean[3], NAMES));
        assertThrows(IllegalArgumentException.class,
                () -> new LabeledPoints(new double[][] {{1, 2}, {3}}, new int[2], new boolean[2], NAMES));
        assertThrows(IllegalArgumentException.class,
                () -> new LabeledPoints(f, new int[] {0, -1}, new boolean[2], NAMES));
        assertThrows(NullPointerException.class, () -> new LabeledPoints(null, new int[0], new boolean[0], NAMES));
    }
}
