package io.hqml.nativeengine;

/** The conformance suite on the avx2 variant (skipped where the CPU lacks it). */
class NativeAvx2ConformanceTest extends NativeConformanceTest {
    NativeAvx2ConformanceTest() {
        super(Isa.AVX2);
    }
}
