package io.hqml.spark.backend;

import io.hqml.quantum.kernel.BackendFidelityKernel;
import io.hqml.quantum.kernel.BackendKernelStats;
import io.hqml.quantum.kernel.BlockKernel;
import org.apache.spark.util.LongAccumulator;

/**
 * The backend kernel as Spark tasks run it, adding what each block sent to the backend (circuits, jobs, shots,
 * cache hits) to accumulators the driver reads for lineage. Every task works on its own deserialized kernel,
 * so the counts are per block differences of that copy's {@link BackendKernelStats}.
 */
final class CountingKernel implements BlockKernel {
    private static final long serialVersionUID = 1L;

    private final BackendFidelityKernel kernel;
    private final LongAccumulator circuits;
    private final LongAccumulator jobs;
    private final LongAccumulator shots;
    private final LongAccumulator cacheHits;

    CountingKernel(BackendFidelityKernel kernel, LongAccumulator circuits, LongAccumulator jobs, LongAccumulator shots,
                   LongAccumulator cacheHits) {
        this.kernel = kernel;
        this.circuits = circuits;
        this.jobs = jobs;
        this.shots = shots;
        this.cacheHits = cacheHits;
    }

    private void count(BackendKernelStats before) {
        BackendKernelStats d = kernel.stats().minus(before);
        circuits.add(d.circuits());
        jobs.add(d.jobs());
        shots.add(d.shots());
        cacheHits.add(d.cacheHits());
    }

    @Override
    public void block(double[][] rows, double[][] cols, double[] out) {
        BackendKernelStats before = kernel.stats();
        kernel.block(rows, cols, out);
        count(before);
    }

    @Override
    public void symmetricBlock(double[][] rows, double[] out) {
        BackendKernelStats before = kernel.stats();
        kernel.symmetricBlock(rows, out);
        count(before);
    }

    @Override
    public void blockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        BackendKernelStats before = kernel.stats();
        kernel.blockAt(rows, rowOffset, cols, colOffset, out);
        count(before);
    }

    @Override
    public void gramBlockAt(double[][] rows, int rowOffset, double[][] cols, int colOffset, double[] out) {
        BackendKernelStats before = kernel.stats();
        kernel.gramBlockAt(rows, rowOffset, cols, colOffset, out);
        count(before);
    }

    @Override
    public void symmetricBlockAt(double[][] rows, int offset, double[] out) {
        BackendKernelStats before = kernel.stats();
        kernel.symmetricBlockAt(rows, offset, out);
        count(before);
    }

    @Override
    public String describe() {
        return kernel.describe();
    }
}
