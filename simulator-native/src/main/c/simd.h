/*
 * Vector helpers shared by the per-variant translation units (kernels.c, splitstate.c), written over GCC
 * vector extensions: VW = doubles per vector (8: AVX-512, 4: AVX2+FMA, 2: portable/SSE2), SUFFIX = the
 * variant's name suffix, both set by build.sh. A vector holds HC = VW/2 complex amplitudes (re, im).
 */
#ifndef HQMLSIM_SIMD_H
#define HQMLSIM_SIMD_H

#include <math.h>
#include <stdint.h>

#ifndef VW
#define VW 2
#endif
#ifndef SUFFIX
#define SUFFIX portable
#endif
#define CAT2(a, b) a##_##b
#define CAT(a, b) CAT2(a, b)

typedef double vd __attribute__((vector_size(VW * 8)));
typedef double vdu __attribute__((vector_size(VW * 8), aligned(8)));
typedef long long vi __attribute__((vector_size(VW * 8)));

#define HC (VW / 2)
#if VW == 8
#define LOGHC 2
#define SWAPM ((vi){1, 0, 3, 2, 5, 4, 7, 6})
#define DUPRE ((vi){0, 0, 2, 2, 4, 4, 6, 6})
#define DUPIM ((vi){1, 1, 3, 3, 5, 5, 7, 7})
#define SIGNV ((vd){-1, 1, -1, 1, -1, 1, -1, 1})
#elif VW == 4
#define LOGHC 1
#define SWAPM ((vi){1, 0, 3, 2})
#define DUPRE ((vi){0, 0, 2, 2})
#define DUPIM ((vi){1, 1, 3, 3})
#define SIGNV ((vd){-1, 1, -1, 1})
#else
#define LOGHC 0
#define SWAPM ((vi){1, 0})
#define DUPRE ((vi){0, 0})
#define DUPIM ((vi){1, 1})
#define SIGNV ((vd){-1, 1})
#endif

static inline vd ld(const double *p) { return *(const vdu *)p; }
static inline void st(double *p, vd v) { *(vdu *)p = v; }
static inline vd splat(double x) {
    vd v;
    for (int i = 0; i < VW; i++) v[i] = x;
    return v;
}
static inline vd swp(vd v) { return __builtin_shuffle(v, SWAPM); }
/* v times the complex scalar whose real part is r (splat) and imaginary part is is = splat(im) * SIGNV. */
static inline vd cmul_s(vd v, vd r, vd is) { return r * v + is * swp(v); }
/* Lane-wise complex product a * b. */
static inline vd cmul_v(vd a, vd b) {
    return __builtin_shuffle(a, DUPRE) * b + __builtin_shuffle(a, DUPIM) * SIGNV * swp(b);
}
/* Partner lanes for an in-vector qubit q (< LOGHC): amplitudes whose index differs in bit q. */
static inline vd partner(vd v, int q) {
#if VW == 8
    return q == 0 ? __builtin_shuffle(v, ((vi){2, 3, 0, 1, 6, 7, 4, 5}))
                  : __builtin_shuffle(v, ((vi){4, 5, 6, 7, 0, 1, 2, 3}));
#elif VW == 4
    (void)q;
    return __builtin_shuffle(v, ((vi){2, 3, 0, 1}));
#else
    (void)q;
    return v;
#endif
}

static inline int64_t insert0(int64_t k, int bit) {
    return ((k >> bit) << (bit + 1)) | (k & ((1LL << bit) - 1));
}

/* c[i] = cos(x[i]), s[i] = sin(x[i]) for a batch of angles, in a loop the compiler vectorises: reduction by
 * multiples of pi/2 in three parts (Cody-Waite, fdlibm's constants) and fdlibm's minimax polynomials on
 * [-pi/4, pi/4], within a few ulp of libm. Angles beyond 2^20 (or not finite) go to libm. A state's diagonal
 * tables need one exp(i angle) per coefficient; libm's scalar calls were most of a small state's cost. */
static inline void sincos_batch(const double *x, double *c, double *s, int count) {
    const double invpio2 = 6.36619772367581382433e-01, shifter = 0x1.8p52;
    const double p1 = 1.57079632673412561417e+00, p2 = 6.07710050630396597660e-11, p3 = 2.02226624871116645580e-21;
    const double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03, S3 = -1.98412698298579493134e-04,
                 S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
    const double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03, C3 = 2.48015872894767294178e-05,
                 C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
    int far = 0;
    for (int i = 0; i < count; i++) {
        double v = x[i];
        double k = (v * invpio2 + shifter) - shifter; /* nearest integer: exact below 2^51 */
        double r = ((v - k * p1) - k * p2) - k * p3, z = r * r;
        double sr = r + r * z * (S1 + z * (S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))));
        double cr = 1.0 - 0.5 * z + z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        long long q = (long long)k & 3;
        double sv = (q & 1) ? cr : sr, cv = (q & 1) ? sr : cr;
        s[i] = (q & 2) ? -sv : sv;
        c[i] = ((q + 1) & 2) ? -cv : cv;
        far |= !(fabs(v) <= 0x1p20);
    }
    if (far)
        for (int i = 0; i < count; i++)
            if (!(fabs(x[i]) <= 0x1p20)) {
                c[i] = cos(x[i]);
                s[i] = sin(x[i]);
            }
}

#endif
