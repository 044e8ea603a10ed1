package io.hqml.quantum.backend;

import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.target.Target;
import java.util.ArrayList;
import java.util.List;

/** The Targets local backends use when none is configured: an ideal all-to-all device with every gate. */
public final class LocalTargets {
    /** Shots per circuit an ideal local device accepts. */
    public static final int MAX_SHOTS = 10_000_000;
    /** Circuits per job an ideal local device accepts. */
    public static final int MAX_CIRCUITS_PER_JOB = 10_000;

    private LocalTargets() {
    }

    /** Every hqml gate, all-to-all coupling, no noise, {@value #MAX_SHOTS} shots, {@value #MAX_CIRCUITS_PER_JOB} circuits. */
    public static Target ideal(String name, int numQubits) {
        List<String> gates = new ArrayList<>();
        for (Gate g : Gate.values()) {
            gates.add(g.qasmName());
        }
        return Target.builder(name, numQubits).basisGates(gates).maxShots(MAX_SHOTS)
                .maxCircuitsPerJob(MAX_CIRCUITS_PER_JOB).build();
    }
}
