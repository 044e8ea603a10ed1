package io.hqml.nativeengine;

/** The conformance suite on the avx512 variant (skipped where the CPU lacks it). */
class NativeAvx512ConformanceTest extends NativeConformanceTest {
    NativeAvx512ConformanceTest() {
        super(Isa.AVX512);
    }
}
