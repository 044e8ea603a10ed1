package io.hqml.quantum.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GradientTest {

    @Test
    void centralDifferencesMatchTheExactGradientAtTwoNEvaluations() {
        AtomicInteger calls = new AtomicInteger();
        Objective counted = x -> {
            calls.incrementAndGet();
            return TestFunctions.ROSENBROCK.value(x);
        };
        double[] x = {-1.2, 1};
        double[] g = Gradient.centralDifferences(counted, 1e-5).gradient(x);
        // O(h^2) truncation with third derivatives of order 1e3 and round-off eps |f| / h: both below 1e-5 here.
        assertArrayEquals(TestFunctions.ROSENBROCK_GRADIENT.gradient(x), g, 1e-5);
        assertEquals(4, calls.get());
        assertArrayEquals(new double[] {-1.2, 1}, x, 0.0);
    }

    @Test
    void rejectsABadStep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gradient.centralDifferences(TestFunctions.QUADRATIC, 0));
        assertTrue(e.getMessage().contains("got 0.0") && e.getMessage().contains("pass e.g. 1e-5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Gradient.centralDifferences(TestFunctions.QUADRATIC, Double.NaN));
        assertThrows(NullPointerException.class, () -> Gradient.centralDifferences(null, 1e-5));
    }
}
