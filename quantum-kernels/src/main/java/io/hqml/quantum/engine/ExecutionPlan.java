package io.hqml.quantum.engine;

import io.hqml.quantum.circuit.Gate;
import java.util.ArrayList;
import java.util.List;

/**
 * A gate sequence compiled once into passes over the state, so that a block of rows (same structure,
 * different angles) pays the analysis once: runs of Hadamards on distinct qubits become one cache-blocked
 * layer, runs of diagonal gates (and the {@code CX(a,b) P(t)_b CX(a,b)} parity pattern of ZZ maps) become
 * one fused diagonal pass, and everything else is one kernel per gate. Angles come per execution from a
 * flat array in which gate {@code i}'s parameters start at {@link #paramOffset(int)}.
 */
final class ExecutionPlan {
    /** One pass over the state. */
    sealed interface Step permits HLayer, Diagonal, Single {
    }

    /** H on every qubit of the mask. */
    record HLayer(int mask) implements Step {
    }

    /** Fused diagonal gates: gate kinds (null = parity phase), qubits and the parameter index of each. */
    record Diagonal(Gate[] gates, int[] qa, int[] qb, int[] param) implements Step {
    }

    /** A gate with its own kernel. */
    record Single(Gate gate, int[] qubits, int param) implements Step {
    }

    private final List<Step> steps;
    private final int[] offsets;
    private final int numParams;

    private ExecutionPlan(List<Step> steps, int[] offsets, int numParams) {
        this.steps = steps;
        this.offsets = offsets;
        this.numParams = numParams;
    }

    List<Step> steps() {
        return steps;
    }

    int paramOffset(int gateIndex) {
        return offsets[gateIndex];
    }

    /** Length of the flat parameter array an execution needs. */
    int numParams() {
        return numParams;
    }

    /** Compiles gates given as parallel lists (gate kinds and their qubits). */
    static ExecutionPlan compile(List<Gate> gates, List<int[]> qubits) {
        int count = gates.size();
        int[] offsets = new int[count];
        int total = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = total;
            total += gates.get(i).numParams();
        }
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < count) {
            Gate g = gates.get(i);
            if (g == Gate.H) {
                int mask = 0;
                while (i < count && gates.get(i) == Gate.H && (mask & (1 << qubits.get(i)[0])) == 0) {
                    mask |= 1 << qubits.get(i)[0];
                    i++;
                }
                steps.add(new HLayer(mask));
            } else if (g.diagonal() || isParityPhase(gates, qubits, i)) {
                List<Gate> dg = new ArrayList<>();
                List<int[]> dq = new ArrayList<>();
                List<Integer> dp = new ArrayList<>();
                while (i < count) {
                    Gate h = gates.get(i);
                    if (h.diagonal()) {
                        dg.add(h);
                        int[] q = qubits.get(i);
                        dq.add(new int[] {q[0], q.length > 1 ? q[1] : 0});
                        dp.add(h.numParams() > 0 ? offsets[i] : -1);
                        i++;
                    } else if (isParityPhase(gates, qubits, i)) {
                        dg.add(null);
                        dq.add(qubits.get(i).clone());
                        dp.add(offsets[i + 1]);
                        i += 3;
                    } else {
                        break;
                    }
                }
                int[] qa = new int[dg.size()], qb = new int[dg.size()], param = new int[dg.size()];
                for (int k = 0; k < dg.size(); k++) {
                    qa[k] = dq.get(k)[0];
                    qb[k] = dq.get(k)[1];
                    param[k] = dp.get(k);
                }
                steps.add(new Diagonal(dg.toArray(Gate[]::new), qa, qb, param));
            } else {
                steps.add(new Single(g, qubits.get(i).clone(), g.numParams() > 0 ? offsets[i] : -1));
                i++;
            }
        }
        return new ExecutionPlan(List.copyOf(steps), offsets, total);
    }

    /** CX(a,b) P(t) on b CX(a,b) = e^{it} where bits a and b differ: a diagonal in disguise. */
    private static boolean isParityPhase(List<Gate> gates, List<int[]> qubits, int i) {
        if (i + 2 >= gates.size()) {
            return false;
        }
        int[] a = qubits.get(i), p = qubits.get(i + 1), b = qubits.get(i + 2);
        return gates.get(i) == Gate.CX && gates.get(i + 2) == Gate.CX && gates.get(i + 1) == Gate.P
                && a[0] == b[0] && a[1] == b[1] && p[0] == a[1];
    }
}
