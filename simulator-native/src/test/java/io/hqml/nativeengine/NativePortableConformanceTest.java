package io.hqml.nativeengine;

/** The conformance suite on the portable variant (skipped where the CPU lacks it). */
class NativePortableConformanceTest extends NativeConformanceTest {
    NativePortableConformanceTest() {
        super(Isa.PORTABLE);
    }
}
