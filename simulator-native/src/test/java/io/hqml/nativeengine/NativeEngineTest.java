package io.hqml.nativeengine;

import static io.hqml.nativeengine.NativeTesting.maxAbsDiff;
import static io.hqml.nativeengine.NativeTesting.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.engine.Engines;
import io.hqml.quantum.engine.JavaStatevectorEngine;
import io.hqml.quantum.engine.JavaStatevectorEngineTest;
import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.engine.StateMeasurements;
import io.hqml.quantum.featuremap.FeatureMap;
import io.hqml.quantum.featuremap.FeatureMapSpec;
import io.hqml.quantum.featuremap.FeatureMaps;
import io.hqml.quantum.kernel.FidelityGram;
import io.hqml.quantum.kernel.FidelityKernel;
import io.hqml.quantum.kernel.ProjectedFeatures;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The native engine against the Java engine (itself checked against the dense reference) where the dense
 * reference is too big: every feature map, the cache-blocked and tiled Hadamard layers (n > 15), fused diagonal
 * tables with terms across the table split, Gram blocks with and without BLAS, block expectations. Every
 * comparison is per amplitude (or entry) at 1e-12, on every ISA variant this CPU runs.
 */
class NativeEngineTest {
    private static final double TOL = 1e-12;
    private final JavaStatevectorEngine javaEngine = new JavaStatevectorEngine();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 12})
    void everyFeatureMapPreparesTheJavaEnginesStates(int n) {
        String[][] maps = {{"angle", "linear"}, {"zz", "linear"}, {"zz", "full"}, {"zz", "circular"},
                {"pauli", "full"}, {"iqp", "full"}, {"amplitude", "linear"}, {"basis", "linear"}};
        for (Isa isa : NativeTesting.variants()) {
            NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
            for (String[] m : maps) {
                int features = m[0].equals("amplitude") ? 1 << n : n;
                FeatureMapSpec spec = FeatureMapSpec.of(m[0], n).withFeatures(features).withEntanglement(m[1]);
                if (m[0].equals("pauli")) {
                    spec = spec.withPaulis("X,Y,ZZ,ZZZ");
                }
                FeatureMap map = FeatureMaps.create(spec);
                double[][] block = rows(7, features, 31L * n + m[0].hashCode());
                if (m[0].equals("basis")) {
                    for (double[] r : block) {
                        for (int i = 0; i < r.length; i++) {
                            r[i] = r[i] > Math.PI / 2 ? 1 : 0;
                        }
                    }
                }
                double[] expected = new double[block.length * (2 << n)], actual = new double[expected.length];
                javaEngine.prepareStates(map, block, expected);
                engine.prepareStates(map, block, actual);
                assertArrayEquals(expected, actual, TOL, isa + " " + String.join("/", m) + " n=" + n);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 17, 22})
    void zzStatesAboveTheCacheBlockMatchTheJavaEngine(int n) {
        // n = 16, 17: Hadamard layers span L2 blocks and one tile group; n = 22: two tile groups (7 high qubits).
        for (Isa isa : NativeTesting.variants()) {
            for (String ent : new String[] {"linear", "full"}) {
                if (n == 22 && ent.equals("full")) {
                    continue;
                }
                FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", n).withFeatures(n).withEntanglement(ent));
                double[][] block = rows(2, n, n);
                double[] expected = new double[block.length * (2 << n)], actual = new double[expected.length];
                javaEngine.prepareStates(map, block, expected);
                new NativeStatevectorEngine(isa, 1).prepareStates(map, block, actual);
                assertTrue(maxAbsDiff(expected, actual) <= TOL, isa + " " + ent + " n=" + n + ": "
                        + maxAbsDiff(expected, actual));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 13, 16, 18})
    void randomCircuitsOnLargeRegistersMatchTheJavaEngine(int n) {
        SplittableRandom rnd = new SplittableRandom(77 + n);
        for (Isa isa : NativeTesting.variants()) {
            NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
            for (int trial = 0; trial < 3; trial++) {
                Circuit c = JavaStatevectorEngineTest.randomCircuit(n, 40, rnd);
                assertTrue(maxAbsDiff(javaEngine.run(c), engine.run(c)) <= TOL, isa + " n=" + n + " trial " + trial);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 9, 13, 17, 21})
    void longDiagonalRunsAfterHadamardLayersMatchTheJavaEngine(int n) {
        // Diagonal runs of every diagonal gate over many qubits: the table path with terms inside, across and
        // above the low/high split, fused into a Hadamard layer or standing alone.
        SplittableRandom rnd = new SplittableRandom(5 + n);
        Gate[] diagonal = {Gate.Z, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.P, Gate.RZ, Gate.CZ, Gate.CP, Gate.CRZ,
                Gate.RZZ};
        for (Isa isa : NativeTesting.variants()) {
            Circuit.Builder b = Circuit.builder(n);
            for (int rep = 0; rep < 2; rep++) {
                for (int q = 0; q < n; q++) {
                    b.add(Gate.H, q);
                }
                for (int k = 0; k < 3 * n; k++) {
                    Gate g = diagonal[rnd.nextInt(diagonal.length)];
                    int a = rnd.nextInt(n), c = (a + 1 + rnd.nextInt(n - 1)) % n;
                    double[] p = g.numParams() > 0 ? new double[] {rnd.nextDouble(-4, 4)} : new double[0];
                    b.add(new io.hqml.quantum.circuit.Operation(g, g.arity() == 1 ? new int[] {a} : new int[] {a, c}, p));
                    if (k % 5 == 0) {
                        b.add(Gate.CX, a, c).add(Gate.P, rnd.nextDouble(-3, 3), c).add(Gate.CX, a, c);
                    }
                }
            }
            b.add(Gate.RX, 0.3, n - 1).add(Gate.RZ, 0.9, 0);
            Circuit c = b.build();
            NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
            assertTrue(maxAbsDiff(javaEngine.run(c), engine.run(c)) <= TOL, isa + " n=" + n);
        }
    }

    @Test
    void threadedBlocksEqualSingleThreadedBlocks() {
        FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", 12).withFeatures(12));
        double[][] block = rows(33, 12, 3);
        double[] one = new double[block.length * (2 << 12)], four = new double[one.length];
        new NativeStatevectorEngine(Isa.best(), 1).prepareStates(map, block, one);
        new NativeStatevectorEngine(Isa.best(), 4).prepareStates(map, block, four);
        assertArrayEquals(one, four, 0.0);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void gramBlocksMatchFidelityGram(boolean blas) {
        NativeTesting.requireLoaded();
        try {
            NativeKernels.useBlas(blas);
            for (Isa isa : NativeTesting.variants()) {
                NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
                for (int n : new int[] {1, 2, 3, 6, 10}) {
                    FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", n).withFeatures(n));
                    int na = 13, nb = 6, dim = 1 << n;
                    double[] a = new double[na * 2 * dim], b = new double[nb * 2 * dim];
                    javaEngine.prepareStates(map, rows(na, n, 1), a);
                    javaEngine.prepareStates(map, rows(nb, n, 2), b);
                    double[] expected = new double[na * nb], actual = new double[na * nb];
                    FidelityGram.block(a, na, b, nb, dim, expected);
                    engine.gramBlock(a, na, b, nb, dim, actual);
                    assertArrayEquals(expected, actual, TOL, isa + " n=" + n);
                    double[] es = new double[na * na], as = new double[na * na];
                    FidelityGram.symmetric(a, na, dim, es);
                    engine.gramSymmetric(a, na, dim, as);
                    assertArrayEquals(es, as, TOL, isa + " symmetric n=" + n);
                    for (int i = 0; i < na; i++) {
                        for (int j = 0; j < na; j++) {
                            assertEquals(as[i * na + j], as[j * na + i], 0.0, "exactly symmetric");
                        }
                    }
                }
            }
        } finally {
            NativeKernels.useBlas(Boolean.getBoolean(NativeLibrary.BLAS_PROPERTY));
        }
    }

    @Test
    void gramEntriesDoNotDependOnTheTiling() {
        // Spark tiles of any size must assemble the same Gram matrix, bit for bit (runs reproduce exactly).
        for (Isa isa : NativeTesting.variants()) {
            NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
            for (int n : new int[] {3, 9}) {
                FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", n).withFeatures(n));
                int na = 11, nb = 9, dim = 1 << n, stride = 2 * dim;
                double[] a = new double[na * stride], b = new double[nb * stride];
                javaEngine.prepareStates(map, rows(na, n, 5), a);
                javaEngine.prepareStates(map, rows(nb, n, 6), b);
                double[] whole = new double[na * nb];
                engine.gramBlock(a, na, b, nb, dim, whole);
                double[] sym = new double[na * na];
                engine.gramSymmetric(a, na, dim, sym);
                for (int[] tile : new int[][] {{0, 3, 0, 5}, {3, 11, 5, 9}, {7, 8, 2, 9}}) {
                    int ra = tile[1] - tile[0], rb = tile[3] - tile[2];
                    double[] part = new double[ra * rb];
                    engine.gramBlock(Arrays.copyOfRange(a, tile[0] * stride, tile[1] * stride), ra,
                            Arrays.copyOfRange(b, tile[2] * stride, tile[3] * stride), rb, dim, part);
                    double[] partA = new double[ra * ra];
                    engine.gramSymmetric(Arrays.copyOfRange(a, tile[0] * stride, tile[1] * stride), ra, dim, partA);
                    for (int i = 0; i < ra; i++) {
                        for (int j = 0; j < rb; j++) {
                            assertEquals(whole[(tile[0] + i) * nb + tile[2] + j], part[i * rb + j], 0.0, isa + " n=" + n);
                        }
                        for (int j = 0; j < ra; j++) {
                            assertEquals(sym[(tile[0] + i) * na + tile[0] + j], partA[i * ra + j], 0.0, isa + " n=" + n);
                        }
                    }
                }
            }
        }
    }

    @Test
    void blockExpectationsMatchTheStates() {
        int n = 7;
        FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", n).withFeatures(n).withEntanglement("full"));
        double[][] block = rows(5, n, 9);
        PauliString[] ps = ProjectedFeatures.observables(n);
        PauliString[] all = Arrays.copyOf(ps, ps.length + 2);
        all[ps.length] = PauliString.parse("XYZIIZY");
        all[ps.length + 1] = PauliString.parse("YYIIIXX");
        for (Isa isa : NativeTesting.variants()) {
            double[] out = new double[block.length * all.length];
            NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
            engine.expectations(map.template(), inputs(map, block), new double[0], all, out);
            double[] states = new double[block.length * (2 << n)];
            javaEngine.prepareStates(map, block, states);
            for (int r = 0; r < block.length; r++) {
                for (int k = 0; k < all.length; k++) {
                    assertEquals(StateMeasurements.expectation(states, r * (2 << n), n, all[k]), out[r * all.length + k],
                            TOL, isa + " row " + r + " " + all[k]);
                }
            }
        }
    }

    @Test
    void offHeapBuffersHoldTheSameStates() {
        int n = 9;
        FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", n).withFeatures(n));
        double[][] block = rows(4, n, 4);
        double[] expected = new double[block.length * (2 << n)];
        javaEngine.prepareStates(map, block, expected);
        NativeStatevectorEngine engine = new NativeStatevectorEngine(Isa.best(), 1);
        try (NativeStateBuffer buf = new NativeStateBuffer(n, block.length)) {
            engine.prepareStates(map.template(), inputs(map, block), new double[0], buf);
            double[] state = new double[2 << n];
            for (int r = 0; r < block.length; r++) {
                buf.read(r, state);
                assertArrayEquals(Arrays.copyOfRange(expected, r * (2 << n), (r + 1) * (2 << n)), state, TOL);
            }
            double[] gram = new double[16], ref = new double[16];
            engine.gramBlock(buf, 4, buf, 4, gram);
            FidelityGram.symmetric(expected, 4, 1 << n, ref);
            assertArrayEquals(ref, gram, TOL);
        }
    }

    @Test
    void lonePermutationsAndHadamardsOnEveryQubitPairMatchTheJavaEngine() {
        // X, H and CX on every qubit and ordered pair of a 6-qubit random state: in-vector targets and controls
        // (lane shuffles and blends), across-vector ones (whole-vector swaps), applied one gate per call.
        int n = 6;
        double[] start = javaEngine.run(JavaStatevectorEngineTest.randomCircuit(n, 40, new SplittableRandom(12)));
        for (Isa isa : NativeTesting.variants()) {
            NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
            for (int a = 0; a < n; a++) {
                for (int b = -1; b < n; b++) {
                    if (a == b) {
                        continue;
                    }
                    Circuit[] circuits = b < 0
                            ? new Circuit[] {Circuit.builder(n).add(Gate.X, a).build(), Circuit.builder(n).add(Gate.H, a).build()}
                            : new Circuit[] {Circuit.builder(n).add(Gate.CX, b, a).build()};
                    for (Circuit c : circuits) {
                        double[] expected = start.clone(), actual = start.clone();
                        javaEngine.apply(c, expected);
                        engine.apply(c, actual);
                        assertArrayEquals(expected, actual, TOL, isa + " " + c + " target " + a + " control " + b);
                    }
                }
            }
        }
    }

    @Test
    void heapGramBlocksPackedPerChunkEqualAlignedOffHeapBlocksBitForBit() {
        // Heap operands (misaligned) are packed K chunk by K chunk into aligned panels; off-heap ones are read in
        // place. Same operations on the same values: the same bits, with several chunks (n = 10: 4 chunks).
        int n = 10, na = 7, nb = 5;
        FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", n).withFeatures(n));
        double[][] ra = rows(na, n, 8), rb = rows(nb, n, 9);
        for (Isa isa : NativeTesting.variants()) {
            NativeStatevectorEngine engine = new NativeStatevectorEngine(isa, 1);
            double[] a = new double[na * (2 << n)], b = new double[nb * (2 << n)];
            engine.prepareStates(map, ra, a);
            engine.prepareStates(map, rb, b);
            try (NativeStateBuffer bufA = new NativeStateBuffer(n, na); NativeStateBuffer bufB = new NativeStateBuffer(n, nb)) {
                engine.prepareStates(map.template(), inputs(map, ra), new double[0], bufA);
                engine.prepareStates(map.template(), inputs(map, rb), new double[0], bufB);
                double[] heap = new double[na * nb], direct = new double[na * nb];
                engine.gramBlock(a, na, b, nb, 1 << n, heap);
                engine.gramBlock(bufA, na, bufB, nb, direct);
                assertArrayEquals(direct, heap, 0.0, isa + " block");
                double[] heapSym = new double[na * na], directSym = new double[na * na];
                engine.gramSymmetric(a, na, 1 << n, heapSym);
                engine.gramBlock(bufA, na, bufA, na, directSym);
                assertArrayEquals(directSym, heapSym, 0.0, isa + " symmetric");
            }
        }
    }

    @Test
    void fidelityKernelUsesTheNativeEngineByDefaultAndAgreesWithJava() {
        FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", 5).withFeatures(5));
        FidelityKernel auto = new FidelityKernel(map), javaKernel = new FidelityKernel(map, "java");
        assertTrue(auto.engine().name().startsWith("native-statevector-"), auto.engine().name());
        assertEquals("java-statevector", javaKernel.engine().name());
        assertTrue(Engines.create("native") instanceof NativeStatevectorEngine);
        double[][] x = rows(9, 5, 8);
        double[] a = new double[81], b = new double[81];
        auto.symmetricBlock(x, a);
        javaKernel.symmetricBlock(x, b);
        assertArrayEquals(b, a, TOL);
        // Cross blocks through the off-heap path, including a second block of another size (buffers reused, grown).
        for (int rowsA : new int[] {4, 11}) {
            double[][] y = rows(rowsA, 5, 40 + rowsA);
            double[] c = new double[rowsA * 9], d = new double[rowsA * 9], e = new double[rowsA * 9];
            auto.block(y, x, c);
            javaKernel.block(y, x, d);
            assertArrayEquals(d, c, TOL);
            double[] states = auto.states(y), xs = auto.states(x);
            ((NativeStatevectorEngine) auto.engine()).gramBlock(states, rowsA, xs, 9, 32, e);
            assertArrayEquals(e, c, 0.0, "heap and off-heap Gram paths are the same arithmetic");
        }
    }

    @Test
    void badArgumentsAreRefusedInJavaBeforeNativeCode() {
        NativeStatevectorEngine engine = new NativeStatevectorEngine(Isa.best(), 1);
        Circuit c = Circuit.builder(3).add(Gate.H, 0).build();
        assertThrows(IllegalArgumentException.class, () -> engine.apply(c, new double[10]));
        FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", 4).withFeatures(4));
        assertThrows(IllegalArgumentException.class, () -> engine.prepareStates(map, rows(3, 4, 1), new double[10]));
        assertThrows(IllegalArgumentException.class,
                () -> engine.prepareStates(map.template(), new double[][] {{1.0}}, new double[0], new double[32]));
        assertThrows(IllegalArgumentException.class, () -> engine.gramBlock(new double[8], 2, new double[8], 2, 3,
                new double[4]));
        assertThrows(IllegalArgumentException.class, () -> engine.gramBlock(new double[8], 2, new double[8], 2, 2,
                new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new NativeStatevectorEngine(Isa.best(), 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Isa.parse("sse9"));
        assertTrue(e.getMessage().contains("portable, avx2 or avx512"), e.getMessage());
    }

    @Test
    void aBufferInUseCannotBeClosedAndAClosedBufferCannotBeUsed() {
        NativeStateBuffer buf = new NativeStateBuffer(3, 2);
        buf.acquire();
        IllegalStateException inUse = assertThrows(IllegalStateException.class, buf::close);
        assertTrue(inUse.getMessage().contains("in use"), inUse.getMessage());
        buf.release();
        buf.close();
        buf.close(); // idempotent
        assertTrue(buf.isClosed());
        assertThrows(IllegalStateException.class, () -> buf.read(0, new double[16]));
        NativeStatevectorEngine engine = new NativeStatevectorEngine(Isa.best(), 1);
        FeatureMap map = FeatureMaps.create(FeatureMapSpec.of("zz", 3).withFeatures(3));
        assertThrows(IllegalStateException.class,
                () -> engine.prepareStates(map.template(), rows(1, 3, 1), new double[0], buf));
    }

    private static double[][] inputs(FeatureMap map, double[][] block) {
        double[][] in = new double[block.length][];
        for (int r = 0; r < block.length; r++) {
            in[r] = map.templateInput(block[r]);
        }
        return in;
    }
}
