package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Circuit;

/** The Java statevector engine against the conformance suite. */
class JavaStatevectorConformanceTest extends EngineConformanceSuite {
    private final JavaStatevectorEngine engine = new JavaStatevectorEngine();

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
        return 14;
    }
}
