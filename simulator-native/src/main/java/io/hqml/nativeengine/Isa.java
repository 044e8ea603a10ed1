package io.hqml.nativeengine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instruction-set variants libhqmlsim is compiled in. The best one this CPU supports is chosen at run time;
 * {@code -Dhqml.native.isa=portable|avx2|avx512} forces one (tests and benchmarks), refused when the CPU lacks it.
 */
public enum Isa {
    PORTABLE(0), AVX2(1), AVX512(2);

    /** System property forcing a variant. */
    public static final String PROPERTY = "hqml.native.isa";

    private final int code;

    Isa(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The best variant this CPU runs (requires the library: {@link NativeLibrary#isLoaded()}). */
    public static Isa best() {
        return values()[NativeKernels.detectVariant()];
    }

    /** Every variant this CPU runs, portable first. */
    public static List<Isa> supported() {
        List<Isa> out = new ArrayList<>();
        for (Isa isa : values()) {
            if (isa.code <= best().code) {
                out.add(isa);
            }
        }
        return out;
    }

    /** The forced variant, else the best. */
    public static Isa chosen() {
        String forced = System.getProperty(PROPERTY);
        return forced == null || forced.isBlank() ? best() : parse(forced);
    }

    /** A variant by name; refuses one this CPU cannot run. */
    public static Isa parse(String name) {
        Isa isa;
        try {
            isa = valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISA variant '" + name + "'; choose portable, avx2 or avx512");
        }
        if (isa.code > best().code) {
            throw new IllegalArgumentException("this CPU cannot run the " + isa.label() + " variant (best: "
                    + best().label() + "); choose one of " + supported());
        }
        return isa;
    }

    @Override
    public String toString() {
        return label();
    }
}
