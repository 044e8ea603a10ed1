package io.hqml.quantum.featuremap;

import static io.hqml.quantum.featuremap.States.assertStatesEqual;
import static io.hqml.quantum.featuremap.States.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.featuremap.AngleFeatureMap.Rotation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AngleFeatureMapTest {

    /** One qubit's state after R(t): RX (cos, -i sin), RY (cos, sin), RZ on |+> (e^{-it/2}, e^{it/2})/sqrt 2. */
    private static double[] qubit(Rotation r, double t) {
        double c = Math.cos(t / 2), s = Math.sin(t / 2), h = 1 / Math.sqrt(2);
        return switch (r) {
            case RX -> new double[] {c, 0, 0, -s};
            case RY -> new double[] {c, 0, s, 0};
            case RZ -> new double[] {h * c, -h * s, h * c, h * s};
        };
    }

    /** Kronecker product of one-qubit states, qubit 0 the least significant bit. */
    private static double[] product(Rotation r, double[] angles) {
        double[] psi = {1, 0};
        for (int q = 0; q < angles.length; q++) {
            double[] one = qubit(r, angles[q]);
            double[] out = new double[psi.length * 2];
            int d = psi.length / 2;
            for (int hi = 0; hi < 2; hi++) {
                for (int lo = 0; lo < d; lo++) {
                    double ar = one[2 * hi], ai = one[2 * hi + 1], br = psi[2 * lo], bi = psi[2 * lo + 1];
                    out[2 * (hi * d + lo)] = ar * br - ai * bi;
                    out[2 * (hi * d + lo) + 1] = ar * bi + ai * br;
                }
            }
            psi = out;
        }
        return psi;
    }

    @Test
    void everyRotationGivesTheProductState() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (Rotation r : Rotation.values()) {
            for (int reps = 1; reps <= 3; reps++) {
                double c = reps == 2 ? 0.7 : 1.0;
                double[] x = States.random(rnd, 3, -Math.PI, Math.PI);
                AngleFeatureMap map = new AngleFeatureMap(3, reps, r, c);
                assertStatesEqual(product(r, States.scale(x, reps * c)), simulate(map, x), 1e-12);
            }
        }
    }

    @Test
    void rzIsNotTrivialAndHasTheCosineKernel() {
        AngleFeatureMap map = new AngleFeatureMap(2, 1, Rotation.RZ);
        double[] x = {0.3, 1.0}, y = {1.1, -0.4};
        double expected = Math.pow(Math.cos((x[0] - y[0]) / 2), 2) * Math.pow(Math.cos((x[1] - y[1]) / 2), 2);
        assertEquals(expected, States.fidelity(simulate(map, x), simulate(map, y)), 1e-12);
        assertTrue(expected < 0.9);
    }

    @Test
    void bandwidthEqualsScaledData() {
        double[] x = {0.9, -2.0};
        assertStatesEqual(simulate(new AngleFeatureMap(2, 2, Rotation.RX), States.scale(x, 0.4)),
                simulate(new AngleFeatureMap(2, 2, Rotation.RX, 0.4), x), 1e-12);
    }

    @Test
    void describeParseAndValidation() {
        assertEquals("angle(qubits=3,reps=1,rotation=ry)", new AngleFeatureMap(3, 1, Rotation.RY).describe());
        assertEquals("angle(qubits=3,reps=2,rotation=rz,bandwidth=0.5)", new AngleFeatureMap(3, 2, Rotation.RZ, 0.5).describe());
        assertEquals(Rotation.RZ, Rotation.parse(" Rz"));
        assertEquals("unknown angle rotation 'ry2'; use rx, ry or rz",
                assertThrows(IllegalArgumentException.class, () -> Rotation.parse("ry2")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AngleFeatureMap(2, 1, Rotation.RY, Double.POSITIVE_INFINITY));
    }
}
