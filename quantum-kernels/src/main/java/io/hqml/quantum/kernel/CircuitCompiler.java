package io.hqml.quantum.kernel;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.target.Target;
import java.io.Serializable;

/**
 * Turns a kernel's logical circuit into the circuit a backend runs: a transpiler that maps it to the Target's
 * basis gates and coupling map. Layout and routing move logical qubits to physical ones, so the compiled
 * circuit also says which physical qubits hold the logical qubits at the end; the kernel's all-zero outcome
 * is read on those qubits only (any others are not part of the kernel). Serializable: it travels with the
 * kernel to Spark executors.
 */
@FunctionalInterface
public interface CircuitCompiler extends Serializable {

    /** A compiled circuit and the physical qubits holding logical qubits 0, 1, ... at the end. */
    record Compiled(Circuit circuit, int[] measured) {
        public Compiled {
            measured = measured.clone();
            for (int q : measured) {
                if (q < 0 || q >= circuit.numQubits()) {
                    throw new IllegalArgumentException("measured qubit " + q + " is outside the compiled circuit of "
                            + circuit.numQubits() + " qubits");
                }
            }
        }

        @Override
        public int[] measured() {
            return measured.clone();
        }
    }

    Compiled compile(Circuit logical, Target target);

    /** Recorded in lineage and in the kernel's cache key: another compiler gives other circuits. */
    default String describe() {
        return getClass().getName();
    }

    /** Runs circuits as they are (they must already fit the Target): every qubit is measured. */
    static CircuitCompiler none() {
        return new CircuitCompiler() {
            private static final long serialVersionUID = 1L;

            @Override
            public Compiled compile(Circuit logical, Target target) {
                int[] all = new int[logical.numQubits()];
                for (int q = 0; q < all.length; q++) {
                    all[q] = q;
                }
                return new Compiled(logical, all);
            }

            @Override
            public String describe() {
                return "none";
            }
        };
    }
}
