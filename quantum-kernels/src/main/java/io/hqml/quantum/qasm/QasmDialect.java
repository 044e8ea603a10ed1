package io.hqml.quantum.qasm;

import io.hqml.quantum.circuit.Gate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The two OpenQASM 3 dialects hqml writes and reads (PROVIDERS.md section 5).
 * <ul>
 *   <li>{@link #STDGATES}: IBM / Qiskit, {@code include "stdgates.inc";}. Gates that stdgates.inc lacks
 *       ({@code sxdg, rxx, ryy, rzz}) are declared with Qiskit's own {@code gate} definitions, and the
 *       device-native {@code ecr, gpi, gpi2, ms} with exact definitions over stdgates.</li>
 *   <li>{@link #BRAKET}: Amazon Braket built-in names, no include (Braket's include is not portable).
 *       Braket has no controlled rotations, so CRX/CRY/CRZ are written as their exact decompositions.
 *       {@code ecr, gpi, gpi2, ms} are Braket built-ins of the same names and argument order.</li>
 * </ul>
 */
public enum QasmDialect {
    STDGATES, BRAKET;

    private static final Map<Gate, String> BRAKET_NAMES = new EnumMap<>(Gate.class);

    static {
        BRAKET_NAMES.put(Gate.I, "i");
        BRAKET_NAMES.put(Gate.SDG, "si");
        BRAKET_NAMES.put(Gate.TDG, "ti");
        BRAKET_NAMES.put(Gate.SX, "v");
        BRAKET_NAMES.put(Gate.SXDG, "vi");
        BRAKET_NAMES.put(Gate.P, "phaseshift");
        BRAKET_NAMES.put(Gate.U, "U");
        BRAKET_NAMES.put(Gate.CX, "cnot");
        BRAKET_NAMES.put(Gate.CP, "cphaseshift");
        BRAKET_NAMES.put(Gate.RXX, "xx");
        BRAKET_NAMES.put(Gate.RYY, "yy");
        BRAKET_NAMES.put(Gate.RZZ, "zz");
        BRAKET_NAMES.put(Gate.CCX, "ccnot");
    }

    /** The gate's name in this dialect, or null when the dialect has no such gate (it is decomposed). */
    public String name(Gate gate) {
        if (this == STDGATES) {
            return gate.qasmName();
        }
        if (gate == Gate.CRX || gate == Gate.CRY || gate == Gate.CRZ) {
            return null;
        }
        return BRAKET_NAMES.getOrDefault(gate, gate.qasmName());
    }

    /** The gate a name denotes in this dialect, or null. */
    public Gate gate(String name) {
        for (Gate g : Gate.values()) {
            if (name.equals(name(g))) {
                return g;
            }
        }
        return null;
    }
}
