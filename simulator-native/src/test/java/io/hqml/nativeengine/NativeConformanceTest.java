package io.hqml.nativeengine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.engine.EngineConformanceSuite;
import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.engine.StateMeasurements;

/**
 * The quantum-kernels conformance suite (dense Kronecker-product reference, 1e-12) against the native engine,
 * once per ISA variant this CPU runs; a variant the CPU lacks is skipped, a library that does not load fails.
 */
abstract class NativeConformanceTest extends EngineConformanceSuite {
    private final NativeStatevectorEngine engine;

    NativeConformanceTest(Isa isa) {
        NativeTesting.requireLoaded();
        assumeTrue(Isa.supported().contains(isa), "CPU lacks " + isa);
        engine = new NativeStatevectorEngine(isa, 1);
    }

    @Override
    protected double[] densityMatrix(Circuit c) {
        return outer(engine.run(c));
    }

    @Override
    protected double[] probabilities(Circuit c) {
        return StateMeasurements.probabilities(engine.run(c), 0, c.numQubits());
    }

    @Override
    protected double expectation(Circuit c, PauliString p) {
        return engine.expectation(engine.run(c), c.numQubits(), p);
    }

    @Override
    protected long[] sample(Circuit c, int shots, long seed) {
        return engine.sample(engine.run(c), c.numQubits(), shots, seed);
    }

    @Override
    protected int largeQubits() {
        return 16;
    }
}
