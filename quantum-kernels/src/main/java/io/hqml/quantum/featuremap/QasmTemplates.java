package io.hqml.quantum.featuremap;

/** The shared preamble of feature-map QASM templates. */
final class QasmTemplates {
    private QasmTemplates() {
    }

    static StringBuilder header(int numQubits) {
        return new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n")
                .append("input array[float[64], ").append(numQubits).append("] x;\n")
                .append("qubit[").append(numQubits).append("] q;\n");
    }
}
