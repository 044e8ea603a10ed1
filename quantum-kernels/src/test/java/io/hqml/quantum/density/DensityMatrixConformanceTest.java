package io.hqml.quantum.density;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.engine.EngineConformanceSuite;
import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.noise.NoiseModel;

/** The density-matrix engine with zero noise against the engine conformance suite. */
class DensityMatrixConformanceTest extends EngineConformanceSuite {
    private final DensityMatrixEngine engine = new DensityMatrixEngine();

    @Override
    protected double[] densityMatrix(Circuit c) {
        return engine.run(c, NoiseModel.ideal());
    }

    @Override
    protected double[] probabilities(Circuit c) {
        return engine.probabilities(densityMatrix(c), c.numQubits());
    }

    @Override
    protected double expectation(Circuit c, PauliString p) {
        return engine.expectation(densityMatrix(c), c.numQubits(), p);
    }

    @Override
    protected long[] sample(Circuit c, int shots, long seed) {
        return engine.sample(probabilities(c), shots, seed);
    }

    @Override
    protected int largeQubits() {
        return 7; // 4^7 complex entries: the density matrix grows as the square of the statevector
    }
}
