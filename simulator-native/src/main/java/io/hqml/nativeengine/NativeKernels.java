package io.hqml.nativeengine;

/**
 * The JNI surface of libhqmlsim (src/main/c/jni.c). Callers validate every argument first
 * ({@link io.hqml.quantum.engine.EngineArguments} and this package's checks): the native side trusts sizes.
 * Variants: 0 portable, 1 AVX2+FMA, 2 AVX-512 ({@link Isa}).
 */
final class NativeKernels {
    static {
        NativeLibrary.isLoaded(); // the natives link against the library NativeLibrary loads
    }

    private NativeKernels() {
    }

    static native int detectVariant();

    /** The BLAS library the Gram block uses, or null when none was found (own kernel then). */
    static native String blasName();

    /** Prepares {@code rows} states from |0> into {@code out}: row r's parameters at {@code r * stride}. */
    static native void prepare(int variant, int n, int[] program, double[] params, int rows, int stride, double[] out,
                               int threads);

    /** As {@link #prepare} into native memory at {@code address}. */
    static native void prepareDirect(int variant, int n, int[] program, double[] params, int rows, int stride,
                                     long address, int threads);

    /** Runs the program on {@code state} in place. */
    static native void apply(int variant, int n, int[] program, double[] params, double[] state);

    /** Prepares each row's state in scratch and writes {@code <P_k>} to {@code out[r * x.length + k]}. */
    static native void expectations(int variant, int n, int[] program, double[] params, int rows, int stride,
                                    int[] xMasks, int[] zMasks, double[] out, int threads);

    static native void gram(int variant, double[] a, int na, double[] b, int nb, int dim, double[] out,
                            boolean symmetric);

    static native void gramDirect(int variant, long a, int na, long b, int nb, int dim, double[] out,
                                  boolean symmetric);

    /** 64-byte aligned, zeroed native memory; OutOfMemoryError when it cannot be had. */
    static native long allocate(long bytes);

    static native void release(long address);

    /** Copies {@code length} doubles from native memory at {@code address + 8 * offset} into {@code dst}. */
    static native void copyOut(long address, long offset, double[] dst, int length);

    /** The roofline pass: every amplitude of the 2^n state times (c + i sn), in place. */
    static native void inplace(int variant, int n, double[] state, double c, double sn);

    /** Whether Gram blocks use the BLAS found (process-wide; default false, {@code -Dhqml.native.blas=true}). */
    static native void useBlas(boolean use);

    /** C = A B (n x n, row-major) with the BLAS found, single-threaded; false when there is none. */
    static native boolean dgemm(int n, double[] a, double[] b, double[] c);
}
