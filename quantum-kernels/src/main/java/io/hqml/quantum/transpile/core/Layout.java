package io.hqml.quantum.transpile.core;

import java.util.Arrays;

/**
 * A bijection between virtual qubits {@code 0..numVirtual-1} (the input circuit's), padded with ancillas
 * {@code numVirtual..numPhysical-1}, and physical qubits {@code 0..numPhysical-1}. Immutable.
 */
public final class Layout {
    private final int numVirtual;
    private final int[] toPhysical;
    private final int[] toVirtual;

    private Layout(int numVirtual, int[] toPhysical) {
        this.numVirtual = numVirtual;
        this.toPhysical = toPhysical;
        this.toVirtual = new int[toPhysical.length];
        Arrays.fill(toVirtual, -1);
        for (int v = 0; v < toPhysical.length; v++) {
            int p = toPhysical[v];
            if (p < 0 || p >= toPhysical.length || toVirtual[p] >= 0) {
                throw new IllegalArgumentException("layout " + Arrays.toString(toPhysical) + " is not a permutation of 0.."
                        + (toPhysical.length - 1));
            }
            toVirtual[p] = v;
        }
    }

    /**
     * Virtual qubit {@code v} on {@code physical[v]}; the physical qubits not listed take the ancillas in
     * increasing order.
     */
    public static Layout of(int numPhysical, int... physical) {
        if (physical.length > numPhysical) {
            throw new IllegalArgumentException(physical.length + " virtual qubits do not fit " + numPhysical + " physical ones");
        }
        int[] full = new int[numPhysical];
        boolean[] used = new boolean[numPhysical];
        for (int v = 0; v < physical.length; v++) {
            if (physical[v] < 0 || physical[v] >= numPhysical || used[physical[v]]) {
                throw new IllegalArgumentException("layout " + Arrays.toString(physical) + " repeats or leaves 0.."
                        + (numPhysical - 1));
            }
            full[v] = physical[v];
            used[physical[v]] = true;
        }
        int next = 0;
        for (int v = physical.length; v < numPhysical; v++) {
            while (used[next]) {
                next++;
            }
            full[v] = next;
            used[next] = true;
        }
        return new Layout(physical.length, full);
    }

    /** Virtual qubit (or ancilla) {@code v} is on physical {@code full[v]}; {@code full} is a permutation. */
    public static Layout ofPermutation(int numVirtual, int[] full) {
        return new Layout(numVirtual, full.clone());
    }

    public int numVirtual() {
        return numVirtual;
    }

    public int numPhysical() {
        return toPhysical.length;
    }

    /** The physical qubit of virtual qubit (or ancilla) {@code v}. */
    public int physical(int v) {
        return toPhysical[v];
    }

    /** The virtual qubit (or ancilla index, {@code >= numVirtual}) on physical qubit {@code p}. */
    public int virtualAt(int p) {
        return toVirtual[p];
    }

    /** Physical qubits of the virtual qubits, in virtual order (ancillas left out). */
    public int[] physicalOfVirtuals() {
        return Arrays.copyOf(toPhysical, numVirtual);
    }

    /** Virtual (and ancilla) to physical, the whole permutation. */
    public int[] toPhysicalArray() {
        return toPhysical.clone();
    }

    /** This layout after the states of physical qubits {@code a} and {@code b} were swapped. */
    public Layout afterSwap(int a, int b) {
        int[] p = toPhysical.clone();
        int va = toVirtual[a], vb = toVirtual[b];
        p[va] = b;
        p[vb] = a;
        return new Layout(numVirtual, p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layout l && l.numVirtual == numVirtual && Arrays.equals(l.toPhysical, toPhysical);
    }

    @Override
    public int hashCode() {
        return 31 * numVirtual + Arrays.hashCode(toPhysical);
    }

    /** Qiskit-like: {@code {0 -> 3, 1 -> 4}} (virtual -> physical, ancillas left out). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int v = 0; v < numVirtual; v++) {
            sb.append(v == 0 ? "" : ", ").append(v).append(" -> ").append(toPhysical[v]);
        }
        return sb.append('}').toString();
    }
}
