package io.hqml.quantum.transpile;

import io.hqml.quantum.qasm.QasmDialect;
import io.hqml.quantum.qasm.QasmExporter;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.quantum.transpile.core.PassContext.StageStats;
import java.util.List;

/**
 * A transpiled circuit and what Qiskit's {@code transpile} reports about it.
 *
 * @param circuit              the physical circuit: on the target's qubits, basis gates only, two-qubit gates on
 *                             coupling edges in their allowed direction
 * @param initialLayout        virtual qubit -> physical qubit at the start
 * @param finalLayout          virtual qubit -> physical qubit at the end (after routing's SWAPs): measure
 *                             virtual qubit {@code v} on {@code finalLayout.physical(v)}
 * @param successProbability   product of {@code 1 - error} over the operations and the readout of every
 *                             virtual qubit at its final position (uncalibrated ones count as perfect)
 * @param uncalibrated         operations and readouts without a calibrated error
 * @param stages               size after each pass-manager stage
 * @param inputGates           operations of the input circuit
 * @param inputTwoQubitGates   its two-qubit operations (CCX counted as the 6 CX it unrolls to)
 * @param inputDepth           its depth
 */
public record TranspileResult(String target, long seed, GateSequence circuit, Layout initialLayout, Layout finalLayout,
                              double successProbability, int uncalibrated, List<StageStats> stages,
                              int inputGates, int inputTwoQubitGates, int inputDepth) {

    public TranspileResult {
        stages = List.copyOf(stages);
    }

    public int depth() {
        return circuit.depth();
    }

    public int twoQubitCount() {
        return circuit.twoQubitCount();
    }

    public int size() {
        return circuit.size();
    }

    /**
     * OpenQASM 3 on physical qubits {@code $k}, with {@code c[v] = measure $finalLayout(v);} for every
     * virtual qubit when {@code measure} (classical bit v = virtual qubit v, so counts need no un-permuting).
     */
    public String toQasm(QasmDialect dialect, boolean measure) {
        return QasmExporter.exportPhysical(circuit.ops(), measure ? finalLayout.physicalOfVirtuals() : new int[0], dialect);
    }
}
