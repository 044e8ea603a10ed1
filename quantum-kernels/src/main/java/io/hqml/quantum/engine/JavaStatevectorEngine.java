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
 * ({@link ExecutionPlan}): cache-blocked Hadamard layers ({@link HadamardLayer}), fused diagonal passes
 * ({@link DiagonalLayer}, including the {@code CX P CX} pairs of ZZ maps) and in-place bit-mask kernels
 * ({@link StateKernels}) for the rest. A block of rows reuses the plan; per row only the angles are
 * evaluated, into a reused array, and the row's state is simulated in place in the output buffer. Starting
 * from |0...0>, a leading Hadamard layer is written directly as the uniform superposition, and with a
 * diagonal after it, as the phases (see {@link #startFromZero}).
 */
public final class JavaStatevectorEngine implements StatevectorEngine {
    private final DiagonalLayer layer = new DiagonalLayer();
    private final SplitState split = new SplitState();
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
        execute(plan, values, state, 0, n, false);
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
            // Each row's state is simulated where it belongs in the block.
            execute(plan, values, out, r * stride, n, true);
        }
    }

    /**
     * Runs the plan on the state at {@code s[off, off + 2^(n+1))}; {@code fromZero}: the state is |0...0>
     * (the buffer's content is ignored and overwritten).
     */
    private void execute(ExecutionPlan plan, double[] values, double[] s, int off, int n, boolean fromZero) {
        List<ExecutionPlan.Step> steps = plan.steps();
        int len = 2 << n;
        int first = 0;
        if (fromZero) {
            first = startFromZero(steps, values, s, off, n);
        }
        for (int k = first; k < steps.size(); k++) {
            ExecutionPlan.Step step = steps.get(k);
            if (step instanceof ExecutionPlan.HLayer h) {
                ExecutionPlan.Diagonal next =
                        k + 1 < steps.size() && steps.get(k + 1) instanceof ExecutionPlan.Diagonal d ? d : null;
                if (hadamards(h.mask(), next, values, s, off, n)) {
                    k++;
                }
            } else if (step instanceof ExecutionPlan.Diagonal d) {
                if (fillLayer(d, values)) {
                    layer.apply(s, off, n);
                }
            } else {
                ExecutionPlan.Single g = (ExecutionPlan.Single) step;
                applyGate(g.gate(), g.qubits(), values, g.param(), s, off, len);
            }
        }
    }

    /**
     * An H layer, and the diagonal after it (if any) fused into its blocks; true when that diagonal was applied.
     * A method of its own: the single-qubit kernel compiles better inlined here than into {@link #execute}.
     */
    private boolean hadamards(int mask, ExecutionPlan.Diagonal next, double[] values, double[] s, int off, int n) {
        if (Integer.bitCount(mask) == 1) {
            StateKernels.hadamard(Integer.numberOfTrailingZeros(mask), s, off, 2 << n);
            return false;
        }
        double scale = Math.pow(2, -0.5 * Integer.bitCount(mask));
        if (next != null && fillLayer(next, values)) {
            // An H layer then a diagonal (a ZZ repetition): the diagonal runs on each block in cache.
            layer.prepare(n);
            HadamardLayer.apply(mask, n, s, off, scale, layer);
            return true;
        }
        HadamardLayer.apply(mask, n, s, off, scale, null);
        return false;
    }

    /**
     * Prepares |0...0> and the plan's first steps when they allow a shortcut; returns the next step. H on all
     * qubits then diagonals and H layers are run on the state held as a short sum of products across a cut
     * ({@link SplitState}) as long as the diagonals pair few qubits across it, then written once. Otherwise H
     * on all qubits then a diagonal is written directly (uniform amplitudes times the phases, write-only), and
     * when another H layer follows, its Hadamards on qubits the diagonal's row factor does not depend on are
     * done once on the diagonal's table, and its normalisation is folded into the written values.
     */
    private int startFromZero(List<ExecutionPlan.Step> steps, double[] values, double[] s, int off, int n) {
        int len = 2 << n, all = (1 << n) - 1;
        if (steps.isEmpty() || !(steps.get(0) instanceof ExecutionPlan.HLayer h)) {
            Arrays.fill(s, off, off + len, 0.0);
            s[off] = 1.0;
            return 0;
        }
        if (h.mask() != all || steps.size() < 2 || !(steps.get(1) instanceof ExecutionPlan.Diagonal d)
                || !fillLayer(d, values)) {
            StateKernels.uniformOver(h.mask(), s, off, len);
            return 1;
        }
        split.startUniform(n);
        // Worth it when an H layer can follow: few enough terms that H leaves few non-zero on a row.
        if (split.diagonal(layer, SplitState.MAX_ROW_TERMS)) {
            int k = 2;
            for (; k < steps.size(); k++) {
                if (steps.get(k) instanceof ExecutionPlan.HLayer next) {
                    if (!split.hadamard(next.mask())) {
                        break;
                    }
                } else if (!(steps.get(k) instanceof ExecutionPlan.Diagonal next)
                        || (fillLayer(next, values) && !split.diagonal(layer, SplitState.MAX_TERMS))) {
                    break;
                }
            }
            split.write(s, off);
            return k;
        }
        layer.prepare(n);
        double scale = Math.pow(2, -0.5 * n);
        if (steps.size() < 3 || !(steps.get(2) instanceof ExecutionPlan.HLayer next)) {
            layer.fill(s, off, n, scale, 0);
            return 2;
        }
        int absorbed = layer.absorbableHadamards(next.mask());
        layer.fill(s, off, n, scale * Math.pow(2, -0.5 * Integer.bitCount(next.mask())), absorbed);
        boolean diagonalAfter = steps.size() > 3 && steps.get(3) instanceof ExecutionPlan.Diagonal;
        boolean fuse = diagonalAfter && fillLayer((ExecutionPlan.Diagonal) steps.get(3), values);
        int rest = next.mask() & ~absorbed;
        if (fuse) {
            layer.prepare(n);
        }
        if (rest != 0 || fuse) {
            HadamardLayer.apply(rest, n, s, off, 1.0, fuse ? layer : null);
        }
        return diagonalAfter ? 4 : 3;
    }

    /** Loads the diagonal's gates with their angles into the layer; false when the layer is the identity. */
    private boolean fillLayer(ExecutionPlan.Diagonal d, double[] values) {
        layer.clear();
        for (int t = 0; t < d.gates().length; t++) {
            double angle = d.param()[t] >= 0 ? values[d.param()[t]] : 0.0;
            if (d.gates()[t] == null) {
                layer.addParityPhase(d.qa()[t], d.qb()[t], angle);
            } else {
                layer.add(d.gates()[t], d.qa()[t], d.qb()[t], angle);
            }
        }
        return !layer.isEmpty();
    }

    private void applyGate(Gate gate, int[] q, double[] values, int param, double[] s, int off, int len) {
        for (int i = 0; i < gate.numParams(); i++) {
            params[i] = values[param + i];
        }
        switch (gate) {
            case H -> StateKernels.hadamard(q[0], s, off, len);
            case X -> StateKernels.x(q[0], s, off, len);
            case Y, SX, SXDG, RX, RY, U, GPI, GPI2 -> {
                GateMatrices.fill(gate, params, scratch1);
                StateKernels.oneQubit(q[0], scratch1, s, off, len);
            }
            case CX -> StateKernels.cx(q[0], q[1], s, off, len);
            case CY, CRX, CRY -> {
                GateMatrices.fill(gate == Gate.CY ? Gate.Y : gate == Gate.CRX ? Gate.RX : Gate.RY, params, scratch1);
                StateKernels.controlledOneQubit(q[0], q[1], scratch1, s, off, len);
            }
            case SWAP -> StateKernels.swap(q[0], q[1], s, off, len);
            case RXX, RYY, ECR, MS -> {
                GateMatrices.fill(gate, params, scratch2);
                StateKernels.twoQubit(q[0], q[1], scratch2, s, off, len);
            }
            case CCX -> StateKernels.ccx(q[0], q[1], q[2], s, off, len);
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
