package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Circuit;

/**
 * {@link EngineConformanceSuite} for a statevector engine: the four read-outs come from its state (the density
 * matrix as {@code |psi><psi|}). Statevector engines (Java, native, each ISA variant) only name the engine.
 */
public abstract class StatevectorConformanceSuite extends EngineConformanceSuite {

    /** The engine under test; one instance per test class is fine (tests run on one thread). */
    protected abstract StatevectorEngine engine();

    @Override
    protected double[] densityMatrix(Circuit c) {
        return outer(engine().run(c));
    }

    @Override
    protected double[] probabilities(Circuit c) {
        return StateMeasurements.probabilities(engine().run(c), 0, c.numQubits());
    }

    @Override
    protected double expectation(Circuit c, PauliString p) {
        return engine().expectation(engine().run(c), c.numQubits(), p);
    }

    @Override
    protected long[] sample(Circuit c, int shots, long seed) {
        return engine().sample(engine().run(c), c.numQubits(), shots, seed);
    }
}
