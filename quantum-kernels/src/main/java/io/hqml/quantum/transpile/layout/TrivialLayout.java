package io.hqml.quantum.transpile.layout;

import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;

/** Analysis: virtual qubit {@code v} on physical qubit {@code v} (Qiskit's {@code TrivialLayout}). */
public final class TrivialLayout implements TranspilerPass {
    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        int[] physical = new int[in.numQubits()];
        for (int v = 0; v < physical.length; v++) {
            physical[v] = v;
        }
        context.setInitialLayout(Layout.of(context.target().numQubits(), physical));
        return in;
    }
}
