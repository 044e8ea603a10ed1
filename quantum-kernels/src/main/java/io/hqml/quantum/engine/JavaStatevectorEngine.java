package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.GateMatrices;
import io.hqml.quantum.circuit.Operation;
import java.util.List;

/**
 * The pure-Java statevector engine. Gates run as in-place bit-mask kernels ({@link StateKernels});
 * consecutive diagonal gates, including the {@code CX(a,b) P(t) on b, CX(a,b)} pattern that the ZZ
 * feature map uses for each pair, are fused into one pass over the state.
 */
public final class JavaStatevectorEngine implements StatevectorEngine {
    private final DiagonalLayer layer = new DiagonalLayer();
    // Gate-matrix scratch, reused for every gate: no allocation per gate.
    private final double[] scratch1 = new double[8];
    private final double[] scratch2 = new double[32];
    private final double[] params = new double[3];

    @Override
    public String name() {
        return "java-statevector";
    }

    @Override
    public void apply(Circuit circuit, double[] state) {
        if (state.length != 2 << circuit.numQubits()) {
            throw new IllegalArgumentException("state has " + state.length / 2 + " amplitudes, circuit on "
                    + circuit.numQubits() + " qubits needs " + (1 << circuit.numQubits()));
        }
        List<Operation> ops = circuit.operations();
        layer.clear();
        int i = 0;
        while (i < ops.size()) {
            Operation op = ops.get(i);
            if (op.gate().diagonal()) {
                layer.add(op);
                i++;
            } else if (isParityPhase(ops, i)) {
                // CX(a,b) P(t) b CX(a,b) = e^{it} on states where bits a and b differ.
                Operation phase = ops.get(i + 1);
                layer.addParityPhase(op.qubit(0), op.qubit(1), phase.angle());
                i += 3;
            } else {
                flush(state);
                applyNonDiagonal(op, state);
                i++;
            }
        }
        flush(state);
    }

    private static boolean isParityPhase(List<Operation> ops, int i) {
        if (i + 2 >= ops.size()) {
            return false;
        }
        Operation a = ops.get(i), p = ops.get(i + 1), b = ops.get(i + 2);
        return a.gate() == Gate.CX && b.gate() == Gate.CX && p.gate() == Gate.P
                && a.qubit(0) == b.qubit(0) && a.qubit(1) == b.qubit(1) && p.qubit(0) == a.qubit(1);
    }

    private void flush(double[] state) {
        if (!layer.isEmpty()) {
            layer.apply(state, Integer.numberOfTrailingZeros(state.length >> 1));
            layer.clear();
        }
    }

    private void applyNonDiagonal(Operation op, double[] s) {
        switch (op.gate()) {
            case H -> StateKernels.hadamard(op.qubit(0), s);
            case X -> StateKernels.x(op.qubit(0), s);
            case Y, SX, SXDG, RX, RY, U -> {
                GateMatrices.fill(op.gate(), params(op), scratch1);
                StateKernels.oneQubit(op.qubit(0), scratch1, s);
            }
            case CX -> StateKernels.cx(op.qubit(0), op.qubit(1), s);
            case CY, CRX, CRY -> {
                GateMatrices.fill(controlledBase(op.gate()), params(op), scratch1);
                StateKernels.controlledOneQubit(op.qubit(0), op.qubit(1), scratch1, s);
            }
            case SWAP -> StateKernels.swap(op.qubit(0), op.qubit(1), s);
            case RXX, RYY -> {
                GateMatrices.fill(op.gate(), params(op), scratch2);
                StateKernels.twoQubit(op.qubit(0), op.qubit(1), scratch2, s);
            }
            case CCX -> StateKernels.ccx(op.qubit(0), op.qubit(1), op.qubit(2), s);
            default -> throw new IllegalStateException("no kernel for " + op.gate());
        }
    }

    /** The operation's parameters copied into reused scratch (Operation.params() would clone). */
    private double[] params(Operation op) {
        for (int i = 0; i < op.gate().numParams(); i++) {
            params[i] = op.param(i);
        }
        return params;
    }

    private static Gate controlledBase(Gate g) {
        return switch (g) {
            case CY -> Gate.Y;
            case CRX -> Gate.RX;
            default -> Gate.RY;
        };
    }
}
