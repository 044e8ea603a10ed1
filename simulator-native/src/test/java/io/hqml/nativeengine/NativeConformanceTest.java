package io.hqml.nativeengine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hqml.quantum.engine.StatevectorConformanceSuite;
import io.hqml.quantum.engine.StatevectorEngine;

/**
 * The quantum-kernels conformance suite (dense Kronecker-product reference, 1e-12) against the native engine,
 * once per ISA variant this CPU runs; a variant the CPU lacks is skipped, a library that does not load fails.
 */
abstract class NativeConformanceTest extends StatevectorConformanceSuite {
    private final NativeStatevectorEngine engine;

    NativeConformanceTest(Isa isa) {
        NativeTesting.requireLoaded();
        assumeTrue(Isa.supported().contains(isa), "CPU lacks " + isa);
        engine = new NativeStatevectorEngine(isa, 1);
    }

    @Override
    protected StatevectorEngine engine() {
        return engine;
    }

    @Override
    protected int largeQubits() {
        return 16;
    }
}
