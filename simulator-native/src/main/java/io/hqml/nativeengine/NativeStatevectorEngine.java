package io.hqml.nativeengine;

import io.hqml.quantum.circuit.Circuit;
import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import io.hqml.quantum.circuit.Operation;
import io.hqml.quantum.circuit.ParamExpr;
import io.hqml.quantum.engine.EngineArguments;
import io.hqml.quantum.engine.PauliString;
import io.hqml.quantum.engine.StatevectorEngine;
import io.hqml.quantum.kernel.GramAccelerator;
import java.util.ArrayList;
import java.util.List;

/**
 * The native SIMD statevector engine: the same SPI and conformance suite as the Java engine, one JNI call per
 * block. A template is compiled once ({@link NativeProgram}); per block, Java evaluates each row's angles into
 * one parameter array and the native side prepares every state of the block (optionally on several threads
 * for driver-side or local work; Spark tasks keep the default of one). Fidelity Gram blocks are one DGEMM of
 * the real-split states ({@link GramAccelerator}).
 *
 * <p>Not thread-safe (it caches the last compiled template), like every engine: one per task.
 */
public final class NativeStatevectorEngine implements StatevectorEngine, GramAccelerator {
    /** System property: threads per block call (default 1). */
    public static final String THREADS_PROPERTY = "hqml.native.threads";
    /** Blocks smaller than this many amplitudes in total stay on one thread. */
    static final long THREADING_THRESHOLD = 1L << 16;

    private final Isa isa;
    private final int threads;
    private CircuitTemplate cachedTemplate;
    private NativeProgram cachedProgram;
    private Circuit cachedCircuit;
    // Off-heap states of the last fidelity blocks, reused block after block (freed by their cleaner).
    private NativeStateBuffer blockRows, blockCols;
    private NativeProgram cachedCircuitProgram;
    private double[] cachedCircuitParams;

    /** The chosen variant ({@link Isa#chosen()}), threads from {@code hqml.native.threads}. */
    public NativeStatevectorEngine() {
        this(requireLoaded(), Integer.getInteger(THREADS_PROPERTY, 1));
    }

    public NativeStatevectorEngine(Isa isa, int threads) {
        requireLoaded();
        if (isa.code() > Isa.best().code()) {
            throw new IllegalArgumentException("this CPU cannot run the " + isa.label() + " variant");
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1..64, got " + threads);
        }
        this.isa = isa;
        this.threads = threads;
    }

    private static Isa requireLoaded() {
        if (!NativeLibrary.isLoaded()) {
            throw new IllegalStateException("native engine unavailable: " + NativeLibrary.failure()
                    + "; use the java engine");
        }
        return Isa.chosen();
    }

    public Isa isa() {
        return isa;
    }

    @Override
    public String name() {
        return "native-statevector-" + isa.label();
    }

    @Override
    public void apply(Circuit circuit, double[] state) {
        int n = circuit.numQubits();
        EngineArguments.checkState(state, n);
        if (circuit != cachedCircuit) { // circuits are immutable: the same one applied again reuses its program
            cachedCircuitParams = compileBound(circuit);
            cachedCircuit = circuit;
        }
        NativeKernels.apply(isa.code(), n, cachedCircuitProgram.program(), cachedCircuitParams, state);
    }

    private double[] compileBound(Circuit circuit) {
        int n = circuit.numQubits();
        List<Gate> gates = new ArrayList<>();
        List<int[]> qubits = new ArrayList<>();
        for (Operation op : circuit.operations()) {
            gates.add(op.gate());
            qubits.add(op.qubits());
        }
        NativeProgram program = NativeProgram.compile(n, gates, qubits, false);
        double[] angles = new double[program.numAngles()];
        for (int i = 0; i < gates.size(); i++) {
            Operation op = circuit.operations().get(i);
            for (int k = 0; k < op.gate().numParams(); k++) {
                angles[program.angleOffset(i) + k] = op.param(k);
            }
        }
        double[] params = new double[program.stride()];
        program.emit(angles, params, 0);
        cachedCircuitProgram = program;
        return params;
    }

    @Override
    public void prepareStates(CircuitTemplate template, double[][] rows, double[] theta, double[] out) {
        EngineArguments.checkBlock(template, rows, theta, out.length);
        if (rows.length == 0) {
            return;
        }
        NativeProgram program = program(template);
        int n = template.numQubits();
        NativeKernels.prepare(isa.code(), n, program.program(), params(program, template, rows, theta), rows.length,
                program.stride(), out, threadsFor(rows.length, n));
    }

    /** As {@link #prepareStates(CircuitTemplate, double[][], double[], double[])} into off-heap memory. */
    public void prepareStates(CircuitTemplate template, double[][] rows, double[] theta, NativeStateBuffer out) {
        if (out.numQubits() != template.numQubits()) {
            throw new IllegalArgumentException("buffer holds " + out.numQubits() + "-qubit states, template has "
                    + template.numQubits());
        }
        EngineArguments.checkBlock(template, rows, theta, (long) out.capacity() * (2L << out.numQubits()));
        if (rows.length == 0) {
            return;
        }
        NativeProgram program = program(template);
        double[] params = params(program, template, rows, theta);
        long address = out.acquire();
        try {
            NativeKernels.prepareDirect(isa.code(), template.numQubits(), program.program(), params, rows.length,
                    program.stride(), address, threadsFor(rows.length, template.numQubits()));
        } finally {
            out.release();
        }
    }

    /**
     * Block Pauli expectations without keeping states: {@code out[r * ps.length + k] = <psi(row r)|P_k|psi(row r)>}.
     */
    public void expectations(CircuitTemplate template, double[][] rows, double[] theta, PauliString[] ps, double[] out) {
        int n = template.numQubits();
        EngineArguments.checkBlock(template, rows, theta, Long.MAX_VALUE);
        if (out.length < (long) rows.length * ps.length) {
            throw new IllegalArgumentException("output holds " + out.length + " values, needs " + rows.length * ps.length);
        }
        int[] x = new int[ps.length], z = new int[ps.length];
        for (int k = 0; k < ps.length; k++) {
            if (ps[k].numQubits() != n) {
                throw new IllegalArgumentException("Pauli string " + ps[k] + " is on " + ps[k].numQubits()
                        + " qubits, template on " + n);
            }
            x[k] = ps[k].xMask();
            z[k] = ps[k].zMask();
        }
        if (rows.length == 0 || ps.length == 0) {
            return;
        }
        NativeProgram program = program(template);
        NativeKernels.expectations(isa.code(), n, program.program(), params(program, template, rows, theta),
                rows.length, program.stride(), x, z, out, threadsFor(rows.length, n));
    }

    @Override
    public void gramBlock(double[] a, int na, double[] b, int nb, int dim, double[] out) {
        int n = checkDim(dim);
        EngineArguments.checkStates(a, na, n, (long) na * nb, out.length);
        EngineArguments.checkStates(b, nb, n, 0, 0);
        if (na > 0 && nb > 0) {
            NativeKernels.gram(isa.code(), a, na, b, nb, dim, out, false);
        }
    }

    @Override
    public void gramSymmetric(double[] a, int count, int dim, double[] out) {
        int n = checkDim(dim);
        EngineArguments.checkStates(a, count, n, (long) count * count, out.length);
        if (count > 0) {
            NativeKernels.gram(isa.code(), a, count, a, count, dim, out, true);
        }
    }

    /** Most bytes of off-heap states {@link #fidelityBlock} holds per operand; larger blocks use heap arrays. */
    static final long MAX_BLOCK_BYTES = 256L << 20;

    /**
     * The fidelity block of two row blocks with their states prepared into reused, aligned off-heap buffers (the
     * Gram kernel runs fastest there) and never copied to the heap. Off-heap memory counts against
     * {@code spark.executor.memoryOverhead}, so blocks above {@link #MAX_BLOCK_BYTES} per operand return false.
     */
    @Override
    public boolean fidelityBlock(io.hqml.quantum.featuremap.FeatureMap map, double[][] rows, double[][] cols,
                                 double[] out) {
        int n = map.numQubits(), na = rows.length, nb = cols == null ? na : cols.length;
        long bytes = (long) Math.max(na, nb) * (16L << n);
        if (bytes > MAX_BLOCK_BYTES) {
            return false;
        }
        if (out.length < (long) na * nb) {
            throw new IllegalArgumentException("output holds " + out.length + " values, needs " + (long) na * nb);
        }
        if (na == 0 || nb == 0) {
            return true;
        }
        blockRows = room(blockRows, n, na);
        prepareStates(map.template(), inputs(map, rows), new double[0], blockRows);
        if (cols == null) {
            gramBlock(blockRows, na, blockRows, na, out);
        } else {
            blockCols = room(blockCols, n, nb);
            prepareStates(map.template(), inputs(map, cols), new double[0], blockCols);
            gramBlock(blockRows, na, blockCols, nb, out);
        }
        return true;
    }

    private static NativeStateBuffer room(NativeStateBuffer buffer, int n, int count) {
        if (buffer != null && buffer.numQubits() == n && buffer.capacity() >= count) {
            return buffer;
        }
        if (buffer != null) {
            buffer.close();
        }
        return new NativeStateBuffer(n, count);
    }

    private static double[][] inputs(io.hqml.quantum.featuremap.FeatureMap map, double[][] rows) {
        double[][] in = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            map.checkRow(rows[r]);
            in[r] = map.templateInput(rows[r]);
        }
        return in;
    }

    /** Gram block of states held in two native buffers (the first {@code na} / {@code nb} states). */
    public void gramBlock(NativeStateBuffer a, int na, NativeStateBuffer b, int nb, double[] out) {
        if (a.numQubits() != b.numQubits() || na < 0 || nb < 0 || na > a.capacity() || nb > b.capacity()
                || out.length < (long) na * nb) {
            throw new IllegalArgumentException("Gram of " + na + " x " + nb + " states needs matching buffers and "
                    + (long) na * nb + " outputs");
        }
        long pa = a.acquire();
        try {
            long pb = b.acquire();
            try {
                NativeKernels.gramDirect(isa.code(), pa, na, pb, nb, 1 << a.numQubits(), out, a == b && na == nb);
            } finally {
                b.release();
            }
        } finally {
            a.release();
        }
    }

    private static int checkDim(int dim) {
        if (dim < 2 || Integer.bitCount(dim) != 1) {
            throw new IllegalArgumentException("state dimension " + dim + " is not a power of two >= 2");
        }
        return Integer.numberOfTrailingZeros(dim);
    }

    private int threadsFor(int rows, int n) {
        return threads > 1 && rows > 1 && ((long) rows << n) >= THREADING_THRESHOLD ? Math.min(threads, rows) : 1;
    }

    private NativeProgram program(CircuitTemplate template) {
        if (template != cachedTemplate) {
            List<Gate> gates = new ArrayList<>();
            List<int[]> qubits = new ArrayList<>();
            for (CircuitTemplate.Op op : template.ops()) {
                gates.add(op.gate());
                qubits.add(op.qubits());
            }
            cachedProgram = NativeProgram.compile(template.numQubits(), gates, qubits, true);
            cachedTemplate = template;
        }
        return cachedProgram;
    }

    private static double[] params(NativeProgram program, CircuitTemplate template, double[][] rows, double[] theta) {
        double[] params = new double[rows.length * program.stride()];
        double[] angles = new double[program.numAngles()];
        List<CircuitTemplate.Op> ops = template.ops();
        for (int r = 0; r < rows.length; r++) {
            for (int i = 0; i < ops.size(); i++) {
                ParamExpr[] exprs = ops.get(i).params();
                for (int k = 0; k < exprs.length; k++) {
                    angles[program.angleOffset(i) + k] = exprs[k].evaluate(rows[r], theta);
                }
            }
            program.emit(angles, params, r);
        }
        return params;
    }
}
