package io.hqml.quantum.transpile.layout;

import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.transpile.core.GateSequence;
import io.hqml.quantum.transpile.core.Layout;
import io.hqml.quantum.transpile.core.PassContext;
import io.hqml.quantum.transpile.core.TranspilerPass;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the virtual circuit onto the physical register of the target through the initial layout (Qiskit's
 * {@code ApplyLayout} with {@code FullAncillaAllocation}): the result is as wide as the device.
 */
public final class ApplyLayout implements TranspilerPass {
    @Override
    public GateSequence run(GateSequence in, PassContext context) {
        Layout layout = context.initialLayout();
        if (layout == null) {
            throw new IllegalStateException("ApplyLayout runs after a layout pass");
        }
        List<Operation> out = new ArrayList<>(in.size());
        for (Operation op : in.ops()) {
            int[] q = op.qubits();
            for (int i = 0; i < q.length; i++) {
                q[i] = layout.physical(q[i]);
            }
            out.add(new Operation(op.gate(), q, op.params()));
        }
        return new GateSequence(layout.numPhysical(), out);
    }
}
