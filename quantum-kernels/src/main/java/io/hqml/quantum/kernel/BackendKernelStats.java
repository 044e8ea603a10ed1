package io.hqml.quantum.kernel;

/**
 * What a {@link BackendFidelityKernel} sent to its backend: recorded in lineage so a run states its
 * hardware cost.
 *
 * @param circuits      circuits executed (resubmissions included)
 * @param jobs          jobs submitted (resubmissions included)
 * @param shots         shots executed in total (circuits times shots per circuit)
 * @param cacheHits     blocks served from the {@link KernelBlockCache} without submitting anything
 * @param resubmissions jobs submitted again after the backend reported them failed
 */
public record BackendKernelStats(long circuits, long jobs, long shots, long cacheHits, long resubmissions) {
    public static final BackendKernelStats ZERO = new BackendKernelStats(0, 0, 0, 0, 0);

    public BackendKernelStats plus(BackendKernelStats o) {
        return new BackendKernelStats(circuits + o.circuits, jobs + o.jobs, shots + o.shots, cacheHits + o.cacheHits,
                resubmissions + o.resubmissions);
    }

    public BackendKernelStats minus(BackendKernelStats o) {
        return new BackendKernelStats(circuits - o.circuits, jobs - o.jobs, shots - o.shots, cacheHits - o.cacheHits,
                resubmissions - o.resubmissions);
    }
}
