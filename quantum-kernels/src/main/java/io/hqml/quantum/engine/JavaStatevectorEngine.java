package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.GateMatrices;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.circuit.ParamExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pure-Java statevector engine. A circuit or template is compiled once into passes
 * ({@link ExecutionPlan}): cache-blocked Hadamard layers, fused diagonal passes (including the
 * {@code CX P CX} pairs of ZZ maps) and in-place bit-mask kernels ({@link StateKernels}) for the rest.
 * A block of rows reuses the plan; per row only the angles are evaluated, into a reused array. Starting
 * from |0...0>, a leading Hadamard layer is written directly as the uniform superposition.
 */
public final class JavaStatevectorEngine implements StatevectorEngine {
    private final DiagonalLayer layer = new DiagonalLayer();
    // Gate-matrix scratch, reused for every gate: no allocation per gate.
    private final double[] scratch1 = new double[8];
    private final double[] scratch2 = new double[32];
    private final double[] params = new double[3];
    private double[] scratchState = new double[0];

    @Override
    public String name() {
        return "java-statevector";
    }

    @Override
    public void apply(Circuit circuit, double[] state) {
        int n = circuit.numQubits();
        checkState(state, n);
        List<Gate> gates = new ArrayList<>();
        List<int[]> qubits = new ArrayList<>();
        for (Operation op : circuit.operations()) {
            gates.add(op.gate());
            qubits.add(op.qubits());
        }
        ExecutionPlan plan = ExecutionPlan.compile(gates, qubits);
        double[] values = new double[plan.numParams()];
        for (int i = 0; i < gates.size(); i++) {
            Operation op = circuit.operations().get(i);
            for (int k = 0; k < op.gate().numParams(); k++) {
                values[plan.paramOffset(i) + k] = op.param(k);
            }
        }
        execute(plan, values, state, n, false);
    }

    @Override
    public void prepareStates(CircuitTemplate template, double[][] rows, double[] theta, double[] out) {
        int n = template.numQubits(), stride = 2 << n;
        if (out.length < (long) rows.length * stride) {
            throw new IllegalArgumentException("state buffer holds " + out.length + " doubles, needs "
                    + (long) rows.length * stride);
        }
        if (theta.length < template.numThetas()) {
            throw new IllegalArgumentException("template needs " + template.numThetas() + " thetas, got " + theta.length);
        }
        List<Gate> gates = new ArrayList<>();
        List<int[]> qubits = new ArrayList<>();
        for (CircuitTemplate.Op op : template.ops()) {
            gates.add(op.gate());
            qubits.add(op.qubits());
        }
        ExecutionPlan plan = ExecutionPlan.compile(gates, qubits);
        double[] values = new double[plan.numParams()];
        // One row into an exactly sized buffer: simulate in place. Otherwise reuse one scratch state.
        boolean direct = rows.length == 1 && out.length == stride;
        double[] state = direct ? out : scratchState(stride);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length < template.numFeatures()) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " features, template needs "
                        + template.numFeatures());
            }
            for (int i = 0; i < gates.size(); i++) {
                ParamExpr[] exprs = template.ops().get(i).params();
                for (int k = 0; k < exprs.length; k++) {
                    values[plan.paramOffset(i) + k] = exprs[k].evaluate(rows[r], theta);
                }
            }
            Arrays.fill(state, 0.0);
            state[0] = 1.0;
            execute(plan, values, state, n, true);
            if (!direct) {
                System.arraycopy(state, 0, out, r * stride, stride);
            }
        }
    }

    private double[] scratchState(int stride) {
        if (scratchState.length != stride) {
            scratchState = new double[stride];
        }
        return scratchState;
    }

    private void execute(ExecutionPlan plan, double[] values, double[] s, int n, boolean fromZero) {
        List<ExecutionPlan.Step> steps = plan.steps();
        int first = 0;
        if (fromZero && !steps.isEmpty() && steps.get(0) instanceof ExecutionPlan.HLayer h) {
            if (h.mask() == (1 << n) - 1 && steps.size() > 1 && steps.get(1) instanceof ExecutionPlan.Diagonal d) {
                // |+>^n then a diagonal: write exp(i phase(b)) / sqrt(2^n) directly, one write-only pass.
                fillLayer(d, values);
                layer.apply(s, n, 1.0 / Math.sqrt(1L << n));
                first = 2;
            } else {
                StateKernels.uniformOver(h.mask(), s);
                first = 1;
            }
        }
        for (int k = first; k < steps.size(); k++) {
            ExecutionPlan.Step step = steps.get(k);
            if (step instanceof ExecutionPlan.HLayer h) {
                if (Integer.bitCount(h.mask()) == 1) {
                    StateKernels.hadamard(Integer.numberOfTrailingZeros(h.mask()), s);
                } else if (k + 1 < steps.size() && steps.get(k + 1) instanceof ExecutionPlan.Diagonal d
                        && DiagonalLayer.rowBits(n) == Math.min(n, StateKernels.blockBits())) {
                    // An H layer then a diagonal (a ZZ repetition): the diagonal runs on each block in cache.
                    fillLayer(d, values);
                    layer.prepare(n);
                    StateKernels.hadamardLayer(h.mask(), n, s, layer);
                    k++;
                } else {
                    StateKernels.hadamardLayer(h.mask(), n, s);
                }
            } else if (step instanceof ExecutionPlan.Diagonal d) {
                fillLayer(d, values);
                if (!layer.isEmpty()) {
                    layer.apply(s, n);
                }
            } else {
                ExecutionPlan.Single g = (ExecutionPlan.Single) step;
                applyGate(g.gate(), g.qubits(), values, g.param(), s);
            }
        }
    }

    private void fillLayer(ExecutionPlan.Diagonal d, double[] values) {
        layer.clear();
        for (int t = 0; t < d.gates().length; t++) {
            double angle = d.param()[t] >= 0 ? values[d.param()[t]] : 0.0;
            if (d.gates()[t] == null) {
                layer.addParityPhase(d.qa()[t], d.qb()[t], angle);
            } else {
                layer.add(d.gates()[t], d.qa()[t], d.qb()[t], angle);
            }
        }
    }

    private void applyGate(Gate gate, int[] q, double[] values, int param, double[] s) {
        for (int i = 0; i < gate.numParams(); i++) {
            params[i] = values[param + i];
        }
        switch (gate) {
            case H -> StateKernels.hadamard(q[0], s);
            case X -> StateKernels.x(q[0], s);
            case Y, SX, SXDG, RX, RY, U, GPI, GPI2 -> {
                GateMatrices.fill(gate, params, scratch1);
                StateKernels.oneQubit(q[0], scratch1, s);
            }
            case CX -> StateKernels.cx(q[0], q[1], s);
            case CY, CRX, CRY -> {
                GateMatrices.fill(gate == Gate.CY ? Gate.Y : gate == Gate.CRX ? Gate.RX : Gate.RY, params, scratch1);
                StateKernels.controlledOneQubit(q[0], q[1], scratch1, s);
            }
            case SWAP -> StateKernels.swap(q[0], q[1], s);
            case RXX, RYY, ECR, MS -> {
                GateMatrices.fill(gate, params, scratch2);
                StateKernels.twoQubit(q[0], q[1], scratch2, s);
            }
            case CCX -> StateKernels.ccx(q[0], q[1], q[2], s);
            default -> throw new IllegalStateException("no kernel for " + gate);
        }
    }

    private static void checkState(double[] state, int n) {
        if (state.length != 2 << n) {
            throw new IllegalArgumentException("state has " + state.length / 2 + " amplitudes, circuit on " + n
                    + " qubits needs " + (1 << n));
        }
    }
}
