package io.hqml.quantum.engine;

/** The Java statevector engine against the conformance suite. */
class JavaStatevectorConformanceTest extends StatevectorConformanceSuite {
    private final JavaStatevectorEngine engine = new JavaStatevectorEngine();

    @Override
    protected StatevectorEngine engine() {
        return engine;
    }

    @Override
    protected int largeQubits() {
        return 14;
    }
}
