/*
 * The statevector kernels, written once over GCC vector extensions (simd.h) and compiled per ISA variant.
 * A vector holds HC = VW/2 complex amplitudes. Qubits below LOGHC address amplitudes inside one vector
 * and are handled with lane shuffles and per-lane coefficient vectors; higher qubits pair whole vectors.
 * Every kernel is in place and allocation-free except the fused-diagonal tables (heap scratch, checked).
 * Callers guarantee n >= 3 (dispatch routes smaller states to the portable variant, where HC = 1).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "hqmlsim.h"

#include "simd.h"
#include "splitstate.h"

/* Hadamard layers: amplitudes per L2-resident block, per L1-resident tile (32 KiB), and the most qubits
 * butterflied together across rows in one pass over the state (2^5 rows per tile). */
#define BLOCK_BITS 16
#define L1_BITS 11
#define GROUP_BITS 5

/* ---------------------------------------------------------------------------------------------- */
/* One-qubit gates: general 2x2, optionally controlled.                                            */

/* Per-lane coefficients of out = A v + B partner(v) for an in-vector target t; lanes whose control bit
 * (control >= 0 and < LOGHC) is 0 get the identity. */
static void lane_coefficients(const double *m, int t, int control, vd *ar, vd *ai, vd *br, vd *bi) {
    for (int d = 0; d < VW; d++) {
        int c = d >> 1, bit = (c >> t) & 1, on = control < 0 || ((c >> control) & 1);
        double sgn = (d & 1) ? 1.0 : -1.0;
        /* lower lane: m00 v + m01 p; upper lane: m11 v + m10 p */
        const double *a = on ? (bit ? m + 6 : m) : NULL, *b = on ? (bit ? m + 4 : m + 2) : NULL;
        (*ar)[d] = a ? a[0] : 1.0;
        (*ai)[d] = a ? a[1] * sgn : 0.0;
        (*br)[d] = b ? b[0] : 0.0;
        (*bi)[d] = b ? b[1] * sgn : 0.0;
    }
}

/* 2x2 on target t where control (>= 0) must be set; control < 0: unconditional. */
static void mat1(int n, int t, int control, const double *m, double *s) {
    const int64_t dim = 1LL << n;
    if (t >= LOGHC && (control < 0 || control >= LOGHC)) {
        const vd a00r = splat(m[0]), a00i = splat(m[1]) * SIGNV, a01r = splat(m[2]), a01i = splat(m[3]) * SIGNV;
        const vd a10r = splat(m[4]), a10i = splat(m[5]) * SIGNV, a11r = splat(m[6]), a11i = splat(m[7]) * SIGNV;
        const int64_t half = 1LL << t;
        for (int64_t base = 0; base < dim; base += 2 * half) {
            for (int64_t j = 0; j < half; j += HC) {
                int64_t i0 = base + j;
                if (control >= 0 && !((i0 >> control) & 1)) {
                    j += (1LL << control) - HC; /* skip the whole run with the control clear */
                    continue;
                }
                double *p0 = s + 2 * i0, *p1 = p0 + 2 * half;
                vd v0 = ld(p0), v1 = ld(p1);
                st(p0, cmul_s(v0, a00r, a00i) + cmul_s(v1, a01r, a01i));
                st(p1, cmul_s(v0, a10r, a10i) + cmul_s(v1, a11r, a11i));
            }
        }
    } else if (t >= LOGHC) { /* control inside the vector, target across vectors */
        vd a00r, a00i, a01r, a01i, a10r, a10i, a11r, a11i;
        for (int d = 0; d < VW; d++) {
            int on = ((d >> 1) >> control) & 1;
            double sgn = (d & 1) ? 1.0 : -1.0;
            a00r[d] = on ? m[0] : 1; a00i[d] = on ? m[1] * sgn : 0; a01r[d] = on ? m[2] : 0; a01i[d] = on ? m[3] * sgn : 0;
            a10r[d] = on ? m[4] : 0; a10i[d] = on ? m[5] * sgn : 0; a11r[d] = on ? m[6] : 1; a11i[d] = on ? m[7] * sgn : 0;
        }
        const int64_t half = 1LL << t;
        for (int64_t base = 0; base < dim; base += 2 * half) {
            for (int64_t j = 0; j < half; j += HC) {
                double *p0 = s + 2 * (base + j), *p1 = p0 + 2 * half;
                vd v0 = ld(p0), v1 = ld(p1);
                st(p0, cmul_s(v0, a00r, a00i) + cmul_s(v1, a01r, a01i));
                st(p1, cmul_s(v0, a10r, a10i) + cmul_s(v1, a11r, a11i));
            }
        }
    } else { /* target inside the vector */
        vd ar, ai, br, bi;
        lane_coefficients(m, t, control >= 0 && control < LOGHC ? control : -1, &ar, &ai, &br, &bi);
        for (int64_t i = 0; i < dim; i += HC) {
            if (control >= LOGHC && !((i >> control) & 1)) {
                i += (1LL << control) - HC;
                continue;
            }
            vd v = ld(s + 2 * i), p = partner(v, t);
            st(s + 2 * i, cmul_s(v, ar, ai) + cmul_s(p, br, bi));
        }
    }
}

/* ---------------------------------------------------------------------------------------------- */
/* Permutations.                                                                                    */

static void swap_runs(double *a, double *b, int64_t amps) {
    for (int64_t j = 0; j < amps; j += HC) {
        vd x = ld(a + 2 * j), y = ld(b + 2 * j);
        st(a + 2 * j, y);
        st(b + 2 * j, x);
    }
}

/* X on q, or CX with control c (c < 0: none). Whole-vector swaps where both qubits are high. */
/* Lanes of a whose amplitude index has the in-vector bit ctl set, replaced by b's: a blend, exact. */
static inline vd lane_select(vd a, vd b, int ctl) {
#if VW == 8
    return ctl == 0 ? __builtin_shuffle(a, b, ((vi){0, 1, 10, 11, 4, 5, 14, 15}))
                    : __builtin_shuffle(a, b, ((vi){0, 1, 2, 3, 12, 13, 14, 15}));
#elif VW == 4
    (void)ctl;
    return __builtin_shuffle(a, b, ((vi){0, 1, 6, 7}));
#else
    (void)b; (void)ctl;
    return a; /* no in-vector qubits */
#endif
}

/* X / CX where the target or the control is inside a vector: lane shuffles and blends, one sweep. */
static void x_invector(int n, int c, int t, double *s) {
    const int64_t dim = 1LL << n;
    if (t < LOGHC) {
        for (int64_t i = 0; i < dim; i += HC) {
            if (c >= LOGHC && !((i >> c) & 1)) {
                i += (1LL << c) - HC; /* skip the whole run with the control clear */
                continue;
            }
            vd v = ld(s + 2 * i), p = partner(v, t);
            st(s + 2 * i, c >= 0 && c < LOGHC ? lane_select(v, p, c) : p);
        }
        return;
    }
    const int64_t half = 1LL << t; /* control inside the vector, target across vectors */
    for (int64_t base = 0; base < dim; base += 2 * half)
        for (int64_t j = 0; j < half; j += HC) {
            double *p0 = s + 2 * (base + j), *p1 = p0 + 2 * half;
            vd v0 = ld(p0), v1 = ld(p1);
            st(p0, lane_select(v0, v1, c));
            st(p1, lane_select(v1, v0, c));
        }
}

static void x_gate(int n, int c, int t, double *s) {
    if (t < LOGHC || (c >= 0 && c < LOGHC)) {
        x_invector(n, c, t, s);
        return;
    }
    const int64_t dim = 1LL << n;
    if (c < 0) {
        const int64_t half = 1LL << t;
        for (int64_t base = 0; base < dim; base += 2 * half) swap_runs(s + 2 * base, s + 2 * (base + half), half);
        return;
    }
    int lo = c < t ? c : t, hi = c < t ? t : c;
    int64_t run = 1LL << lo;
    for (int64_t k = 0; k < dim / 4; k += run) {
        int64_t i0 = insert0(insert0(k, lo), hi) | (1LL << c);
        swap_runs(s + 2 * i0, s + 2 * (i0 | (1LL << t)), run);
    }
}

static void swap_gate(int n, int a, int b, double *s) {
    const int64_t dim = 1LL << n;
    int lo = a < b ? a : b, hi = a < b ? b : a;
    if (lo >= LOGHC) {
        int64_t run = 1LL << lo;
        for (int64_t k = 0; k < dim / 4; k += run) {
            int64_t i0 = insert0(insert0(k, lo), hi);
            swap_runs(s + 2 * (i0 | (1LL << a)), s + 2 * (i0 | (1LL << b)), run);
        }
        return;
    }
    for (int64_t k = 0; k < dim / 4; k++) {
        int64_t i0 = insert0(insert0(k, lo), hi), i = 2 * (i0 | (1LL << a)), j = 2 * (i0 | (1LL << b));
        double r = s[i], m = s[i + 1];
        s[i] = s[j]; s[i + 1] = s[j + 1];
        s[j] = r; s[j + 1] = m;
    }
}

static void ccx_gate(int n, int c0, int c1, int t, double *s) {
    const int64_t dim = 1LL << n;
    int q[3] = {c0, c1, t};
    for (int x = 0; x < 2; x++)
        for (int y = 0; y < 2 - x; y++)
            if (q[y] > q[y + 1]) { int tmp = q[y]; q[y] = q[y + 1]; q[y + 1] = tmp; }
    for (int64_t k = 0; k < dim / 8; k++) {
        int64_t i0 = insert0(insert0(insert0(k, q[0]), q[1]), q[2]) | (1LL << c0) | (1LL << c1);
        int64_t i = 2 * i0, j = 2 * (i0 | (1LL << t));
        double r = s[i], m = s[i + 1];
        s[i] = s[j]; s[i + 1] = s[j + 1];
        s[j] = r; s[j + 1] = m;
    }
}

/* ---------------------------------------------------------------------------------------------- */
/* General two-qubit 4x4 (basis bit0 = a, bit1 = b).                                               */

static void mat2(int n, int a, int b, const double *m, double *s) {
    const int64_t dim = 1LL << n;
    int lo = a < b ? a : b, hi = a < b ? b : a;
    const int64_t off[4] = {0, 1LL << a, 1LL << b, (1LL << a) | (1LL << b)};
    if (lo >= LOGHC) {
        vd cr[16], ci[16];
        for (int e = 0; e < 16; e++) {
            cr[e] = splat(m[2 * e]);
            ci[e] = splat(m[2 * e + 1]) * SIGNV;
        }
        int64_t run = 1LL << lo;
        for (int64_t k = 0; k < dim / 4; k += run) {
            int64_t i0 = insert0(insert0(k, lo), hi);
            for (int64_t j = 0; j < run; j += HC) {
                vd v[4], o[4];
                for (int r = 0; r < 4; r++) v[r] = ld(s + 2 * (i0 + j + off[r]));
                for (int r = 0; r < 4; r++) {
                    o[r] = cmul_s(v[0], cr[4 * r], ci[4 * r]) + cmul_s(v[1], cr[4 * r + 1], ci[4 * r + 1])
                         + cmul_s(v[2], cr[4 * r + 2], ci[4 * r + 2]) + cmul_s(v[3], cr[4 * r + 3], ci[4 * r + 3]);
                }
                for (int r = 0; r < 4; r++) st(s + 2 * (i0 + j + off[r]), o[r]);
            }
        }
        return;
    }
    for (int64_t k = 0; k < dim / 4; k++) {
        int64_t i0 = insert0(insert0(k, lo), hi);
        double vr[4], vi_[4];
        for (int r = 0; r < 4; r++) {
            vr[r] = s[2 * (i0 + off[r])];
            vi_[r] = s[2 * (i0 + off[r]) + 1];
        }
        for (int r = 0; r < 4; r++) {
            double re = 0, im = 0;
            for (int c = 0; c < 4; c++) {
                double mr = m[8 * r + 2 * c], mi = m[8 * r + 2 * c + 1];
                re += mr * vr[c] - mi * vi_[c];
                im += mr * vi_[c] + mi * vr[c];
            }
            s[2 * (i0 + off[r])] = re;
            s[2 * (i0 + off[r]) + 1] = im;
        }
    }
}

/* ---------------------------------------------------------------------------------------------- */
/* Fused diagonal layers: amplitude b times exp(i phase(b)), phase = constant + sum of terms.       */

typedef struct {
    int n, L, nterms, lowmode;
    const int32_t *spec; /* (kind, qa, qb) per term */
    const double *coef;
    double constant, scale;
    double *T;  /* 2^L complex: exp(i (constant + terms within the low L bits)) * scale */
    double *G;  /* 2^L complex scratch: per-run factor over the low bits */
    double *eon, *eneg; /* per term: exp(i c), exp(-i c) */
    int *cross, ncross;       /* terms with one qubit below L and one at or above */
    int *highonly, nhighonly; /* terms with every qubit at or above L */
    double *K;                /* 2^(n-L) complex: exp(i (high-only terms)), or NULL when too big */
    /* small diagonals (<= 4 distinct qubits): per high-combination lane-factor vectors */
    int nq, qs[4], nhigh, highq[4];
    double fv[VW << 4] __attribute__((aligned(64))); /* in place, not allocated: a lone RZ's per-call cost */
} diag_t;

static inline void cmul2(double ar, double ai, double br, double bi, double *r, double *i) {
    *r = ar * br - ai * bi;
    *i = ar * bi + ai * br;
}

static double term_phase(const diag_t *d, int t, int64_t b) {
    int kind = d->spec[3 * t], qa = d->spec[3 * t + 1], qb = d->spec[3 * t + 2];
    int ba = (b >> qa) & 1, bb = (b >> qb) & 1;
    int on = kind == TERM_BIT ? ba : kind == TERM_PARITY ? (ba != bb) : (ba && bb);
    return on ? d->coef[t] : 0.0;
}

static void diag_free(diag_t *d) {
    free(d->T);
    free(d->G);
    free(d->eon);
    free(d->cross);
    free(d->K);
    d->T = d->G = d->eon = d->K = NULL;
    d->cross = NULL;
}

/* out[l] = seed * exp(i * sum of the terms whose qubits all lie in [lo, lo + nbits)), l the index bits from lo, built
 * by doubling over the bits with the terms as polynomials in the bits (a parity is l_a + l_b - 2 l_a l_b): linear
 * parts at their bit, products at their higher bit. D is scratch of the same size. No trigonometry per entry. */
static void phase_table(const diag_t *d, int lo, int nbits, double seed_re, double seed_im, double *out, double *D) {
    out[0] = seed_re;
    out[1] = seed_im;
    double beta[64];
    for (int a = 0; a < nbits; a++) {
        double alpha = 0;
        for (int b = 0; b < a; b++) beta[b] = 0;
        for (int t = 0; t < d->nterms; t++) {
            int kind = d->spec[3 * t], qa = d->spec[3 * t + 1] - lo;
            int qb = (kind == TERM_BIT ? d->spec[3 * t + 1] : d->spec[3 * t + 2]) - lo;
            int hi = qa > qb ? qa : qb, low = qa > qb ? qb : qa;
            if (low < 0 || hi >= nbits || (hi != a && low != a)) continue;
            double c = d->coef[t];
            if (kind == TERM_BIT || (kind == TERM_BOTH && low == hi)) alpha += c;
            else if (low == hi) continue; /* parity of a bit with itself: never odd */
            else if (kind == TERM_BOTH) { if (hi == a) beta[low] += c; }
            else if (low == a) alpha += c;
            else { alpha += c; beta[low] -= 2 * c; }
        }
        int64_t h = 1LL << a;
        int bmax = -1; /* D only varies with the bits up to the highest nonzero beta: above it, it repeats */
        for (int b = 0; b < a; b++)
            if (beta[b] != 0.0) bmax = b;
        int64_t period = 1LL << (bmax + 1);
        D[0] = cos(alpha);
        D[1] = sin(alpha);
        for (int b = 0; b <= bmax; b++) {
            int64_t hb = 1LL << b;
            if (beta[b] == 0.0) {
                memcpy(D + 2 * hb, D, sizeof(double) * 2 * hb);
                continue;
            }
            double wr = cos(beta[b]), wi = sin(beta[b]);
            for (int64_t l = 0; l < hb; l++) cmul2(D[2 * l], D[2 * l + 1], wr, wi, &D[2 * (l + hb)], &D[2 * (l + hb) + 1]);
        }
        for (int64_t l = 0; l < h; l++) {
            int64_t m = l & (period - 1);
            cmul2(out[2 * l], out[2 * l + 1], D[2 * m], D[2 * m + 1], &out[2 * (l + h)], &out[2 * (l + h) + 1]);
        }
    }
}

/* Builds the tables; returns HQ_ENOMEM on allocation failure. */
static int diag_prepare(diag_t *d, int n, const int32_t *spec, int nterms, const double *params, double scale) {
    memset(d, 0, sizeof *d);
    d->n = n;
    d->spec = spec;
    d->nterms = nterms;
    d->constant = params[0];
    d->coef = params + 1;
    d->scale = scale;
    /* distinct qubits */
    int qs[64], nq = 0;
    for (int t = 0; t < nterms && nq <= 4; t++) {
        for (int k = 0; k < (spec[3 * t] == TERM_BIT ? 1 : 2); k++) {
            int q = spec[3 * t + 1 + k], seen = 0;
            for (int u = 0; u < nq; u++) seen |= qs[u] == q;
            if (!seen && nq < 64) qs[nq++] = q;
        }
    }
    if (nq <= 4) { /* small: lane factor vectors per combination of the high qubits */
        d->lowmode = 1;
        d->nq = nq;
        for (int u = 0; u < nq; u++) {
            d->qs[u] = qs[u];
            if (qs[u] >= LOGHC) d->highq[d->nhigh++] = qs[u];
        }
        double ph[HC << 4], c[HC << 4], sn[HC << 4]; /* nhigh <= 4: one batch of sin/cos (a gate's per-call cost) */
        for (int hc = 0; hc < 1 << d->nhigh; hc++) {
            for (int lane = 0; lane < HC; lane++) {
                int64_t b = lane;
                for (int u = 0; u < d->nhigh; u++) b |= (int64_t)((hc >> u) & 1) << d->highq[u];
                ph[hc * HC + lane] = d->constant;
                for (int t = 0; t < nterms; t++) ph[hc * HC + lane] += term_phase(d, t, b);
            }
        }
        sincos_batch(ph, c, sn, HC << d->nhigh);
        for (int e = 0; e < HC << d->nhigh; e++) {
            d->fv[2 * e] = c[e] * scale;
            d->fv[2 * e + 1] = sn[e] * scale;
        }
        return HQ_OK;
    }
    int L = (n + 1) / 2;
    if (L > 10) L = 10;
    if (L < LOGHC + 1) L = n < LOGHC + 1 ? n : LOGHC + 1;
    d->L = L;
    int64_t len = 1LL << L;
    if (posix_memalign((void **)&d->T, 64, sizeof(double) * 2 * len) ||
        posix_memalign((void **)&d->G, 64, sizeof(double) * 2 * len)) {
        d->G = NULL;
        diag_free(d);
        return HQ_ENOMEM;
    }
    d->eon = malloc(sizeof(double) * 4 * (nterms + 1));
    if (!d->eon) { diag_free(d); return HQ_ENOMEM; }
    d->eneg = d->eon + 2 * (nterms + 1);
    /* Terms by where their qubits lie relative to the split at L. */
    d->cross = malloc(sizeof(int) * 2 * (nterms + 1));
    if (!d->cross) { diag_free(d); return HQ_ENOMEM; }
    d->highonly = d->cross + nterms + 1;
    for (int t = 0; t < nterms; t++) {
        int qa = spec[3 * t + 1], qb = spec[3 * t] == TERM_BIT ? qa : spec[3 * t + 2];
        int hi = qa > qb ? qa : qb, lo = qa > qb ? qb : qa;
        if (lo >= L) d->highonly[d->nhighonly++] = t;
        else if (hi >= L) d->cross[d->ncross++] = t;
    }
    int hbits = n - L;
    if (hbits <= 14 && d->nhighonly > 0) { /* the high-only terms as a table too: one lookup per run */
        double *K = malloc(sizeof(double) * 2 * (1LL << hbits)), *Dk = malloc(sizeof(double) * 2 * (1LL << hbits));
        if (!K || !Dk) {
            free(K);
            free(Dk);
            diag_free(d);
            return HQ_ENOMEM;
        }
        phase_table(d, L, hbits, 1.0, 0.0, K, Dk);
        free(Dk);
        d->K = K;
    }
    /* exp(+-i c) only where runs need them: cross terms, and high-only terms when there is no K table. */
    for (int u = 0; u < d->ncross + (d->K ? 0 : d->nhighonly); u++) {
        int t = u < d->ncross ? d->cross[u] : d->highonly[u - d->ncross];
        double c = cos(d->coef[t]), sn = sin(d->coef[t]);
        d->eon[2 * t] = c;
        d->eon[2 * t + 1] = sn;
        d->eneg[2 * t] = c;
        d->eneg[2 * t + 1] = -sn;
    }
    phase_table(d, 0, L, cos(d->constant) * scale, sin(d->constant) * scale, d->T, d->G);
    return HQ_OK;
}

/* Multiplies (or, write_only, sets) amplitudes [start, start + len) of s by the diagonal. len is a power of
 * two, start a multiple of len, and the run stays within one block of 2^L (or covers whole blocks). */
static void diag_run(diag_t *d, double *s, int64_t start, int64_t len, int write_only);

static void diag_small(const diag_t *d, double *s, int64_t start, int64_t len, int write_only) {
    int64_t run = len;
    for (int u = 0; u < d->nhigh; u++)
        if ((1LL << d->highq[u]) < run) run = 1LL << d->highq[u];
    for (int64_t i = start; i < start + len; i += run) {
        int hc = 0;
        for (int u = 0; u < d->nhigh; u++) hc |= (int)((i >> d->highq[u]) & 1) << u;
        vd f = ld(d->fv + hc * VW);
        double *p = s + 2 * i;
        if (write_only)
            for (int64_t j = 0; j < run; j += HC) st(p + 2 * j, f);
        else
            for (int64_t j = 0; j < run; j += HC) st(p + 2 * j, cmul_v(f, ld(p + 2 * j)));
    }
}

static void diag_run(diag_t *d, double *s, int64_t start, int64_t len, int write_only) {
    if (d->lowmode) {
        diag_small(d, s, start, len, write_only);
        return;
    }
    const int L = d->L;
    const int64_t blk = 1LL << L;
    if (len > blk) {
        for (int64_t o = 0; o < len; o += blk) diag_run(d, s, start + o, blk, write_only);
        return;
    }
    /* Per run: k = product of the terms fixed by the high bits; w_a = per-low-bit factor from cross terms. */
    double kr = 1, ki = 0, wr[64], wi[64];
    int active[64], nact = 0, lenbits = 0;
    while ((1LL << lenbits) < len) lenbits++;
    for (int a = 0; a < L; a++) { wr[a] = 1; wi[a] = 0; }
    if (d->K) {
        kr = d->K[2 * (start >> L)];
        ki = d->K[2 * (start >> L) + 1];
    } else {
        for (int u = 0; u < d->nhighonly; u++) {
            int t = d->highonly[u];
            if (term_phase(d, t, start) != 0.0) cmul2(kr, ki, d->eon[2 * t], d->eon[2 * t + 1], &kr, &ki);
        }
    }
    for (int u = 0; u < d->ncross; u++) { /* lo inside the run's low bits, hi fixed by the run */
        int t = d->cross[u], kind = d->spec[3 * t], qa = d->spec[3 * t + 1], qb = d->spec[3 * t + 2];
        int hi = qa > qb ? qa : qb, lo = qa > qb ? qb : qa;
        const double *e = d->eon + 2 * t;
        int hb = (start >> hi) & 1;
        if (kind == TERM_BOTH) {
            if (hb) cmul2(wr[lo], wi[lo], e[0], e[1], &wr[lo], &wi[lo]);
        } else if (kind == TERM_PARITY) {
            if (hb) {
                cmul2(kr, ki, e[0], e[1], &kr, &ki);
                cmul2(wr[lo], wi[lo], d->eneg[2 * t], d->eneg[2 * t + 1], &wr[lo], &wi[lo]);
            } else {
                cmul2(wr[lo], wi[lo], e[0], e[1], &wr[lo], &wi[lo]);
            }
        }
    }
    int64_t l0 = start & (blk - 1);
    for (int a = 0; a < L; a++) {
        if (wr[a] == 1 && wi[a] == 0) continue;
        if (a >= lenbits) {
            if ((l0 >> a) & 1) cmul2(kr, ki, wr[a], wi[a], &kr, &ki);
        } else {
            active[nact++] = a;
        }
    }
    const double *T = d->T + 2 * l0;
    double *p = s + 2 * start;
    if (nact == 0) {
        vd r = splat(kr), is = splat(ki) * SIGNV;
        if (write_only)
            for (int64_t j = 0; j < len; j += HC) st(p + 2 * j, cmul_s(ld(T + 2 * j), r, is));
        else
            for (int64_t j = 0; j < len; j += HC) st(p + 2 * j, cmul_v(cmul_s(ld(T + 2 * j), r, is), ld(p + 2 * j)));
        return;
    }
    int amin = active[0];
    for (int u = 1; u < nact; u++) amin = active[u] < amin ? active[u] : amin;
    if ((1LL << amin) >= HC) {
        /* The cross-term factor is constant over sub-runs of 2^amin amplitudes (e.g. one active bit for a linear
         * ZZ map): one scalar per sub-run instead of a factor table, two complex products per amplitude. */
        const int64_t sub = 1LL << amin;
        for (int64_t o = 0; o < len; o += sub) {
            double gr = kr, gi = ki;
            for (int u = 0; u < nact; u++)
                if ((o >> active[u]) & 1) cmul2(gr, gi, wr[active[u]], wi[active[u]], &gr, &gi);
            vd r = splat(gr), is = splat(gi) * SIGNV;
            double *q = p + 2 * o;
            const double *t = T + 2 * o;
            if (write_only)
                for (int64_t j = 0; j < sub; j += HC) st(q + 2 * j, cmul_s(ld(t + 2 * j), r, is));
            else
                for (int64_t j = 0; j < sub; j += HC) st(q + 2 * j, cmul_v(cmul_s(ld(t + 2 * j), r, is), ld(q + 2 * j)));
        }
        return;
    }
    /* G(j) = k * prod_{active a, j_a = 1} w_a by doubling over the run's bits. */
    double *G = d->G;
    G[0] = kr;
    G[1] = ki;
    int64_t filled = 1;
    for (int b = 0; b < lenbits; b++) {
        double fr = 1, fi = 0;
        for (int u = 0; u < nact; u++)
            if (active[u] == b) { fr = wr[b]; fi = wi[b]; }
        if (filled >= HC) {
            vd r = splat(fr), is = splat(fi) * SIGNV;
            for (int64_t l = 0; l < filled; l += HC) st(G + 2 * (l + filled), cmul_s(ld(G + 2 * l), r, is));
        } else {
            for (int64_t l = 0; l < filled; l++) cmul2(G[2 * l], G[2 * l + 1], fr, fi, &G[2 * (l + filled)], &G[2 * (l + filled) + 1]);
        }
        filled <<= 1;
    }
    if (write_only)
        for (int64_t j = 0; j < len; j += HC) st(p + 2 * j, cmul_v(ld(T + 2 * j), ld(G + 2 * j)));
    else
        for (int64_t j = 0; j < len; j += HC) st(p + 2 * j, cmul_v(cmul_v(ld(T + 2 * j), ld(G + 2 * j)), ld(p + 2 * j)));
}

static int diag_apply(int n, const int32_t *spec, int nterms, const double *params, double scale, double *s,
                      int write_only) {
    diag_t d;
    int rc = diag_prepare(&d, n, spec, nterms, params, scale);
    if (rc == HQ_OK) diag_run(&d, s, 0, 1LL << n, write_only);
    diag_free(&d);
    return rc;
}

/* ---------------------------------------------------------------------------------------------- */
/* Hadamard layers: unnormalised butterflies (x+y, x-y), cache-blocked; the 2^(-k/2) goes into the    */
/* following diagonal or into a final scaling while the data is still in cache.                      */

/* Radix-2/4/8 butterflies at p over `run` consecutive amplitudes, partners at amplitude strides h1 < h2 < h3:
 * up to three levels per load/store of the data. */
/* The in-vector qubits of a Hadamard layer applied to a freshly loaded vector (sg: per-qubit lane signs). */
static inline vd invec(vd v, int inmask, const vd *sg) {
    for (int q = 0; q < LOGHC; q++)
        if ((inmask >> q) & 1) v = sg[q] * v + partner(v, q);
    return v;
}

static inline void bfly2p(double *p, int64_t h1, int64_t run, int inmask, const vd *sg) {
    double *a = p, *b = p + 2 * h1;
    for (int64_t j = 0; j < 2 * run; j += VW) {
        vd x = ld(a + j), y = ld(b + j);
        if (inmask) { x = invec(x, inmask, sg); y = invec(y, inmask, sg); }
        st(a + j, x + y);
        st(b + j, x - y);
    }
}

static inline void bfly4p(double *p, int64_t h1, int64_t h2, int64_t run, int inmask, const vd *sg) {
    double *pa = p, *pb = p + 2 * h1, *pc = p + 2 * h2, *pd = pc + 2 * h1;
    for (int64_t j = 0; j < 2 * run; j += VW) {
        vd a = ld(pa + j), b = ld(pb + j), c = ld(pc + j), e = ld(pd + j);
        if (inmask) { a = invec(a, inmask, sg); b = invec(b, inmask, sg); c = invec(c, inmask, sg); e = invec(e, inmask, sg); }
        vd a1 = a + b, b1 = a - b, c1 = c + e, d1 = c - e;
        st(pa + j, a1 + c1);
        st(pc + j, a1 - c1);
        st(pb + j, b1 + d1);
        st(pd + j, b1 - d1);
    }
}

static inline void bfly8p(double *p, int64_t h1, int64_t h2, int64_t h3, int64_t run, int inmask, const vd *sg) {
    double *q0 = p, *q1 = p + 2 * h1, *q2 = p + 2 * h2, *q3 = q2 + 2 * h1;
    double *q4 = p + 2 * h3, *q5 = q4 + 2 * h1, *q6 = q4 + 2 * h2, *q7 = q6 + 2 * h1;
    for (int64_t j = 0; j < 2 * run; j += VW) {
        vd v0 = ld(q0 + j), v1 = ld(q1 + j), v2 = ld(q2 + j), v3 = ld(q3 + j);
        vd v4 = ld(q4 + j), v5 = ld(q5 + j), v6 = ld(q6 + j), v7 = ld(q7 + j);
        if (inmask) {
            v0 = invec(v0, inmask, sg); v1 = invec(v1, inmask, sg); v2 = invec(v2, inmask, sg); v3 = invec(v3, inmask, sg);
            v4 = invec(v4, inmask, sg); v5 = invec(v5, inmask, sg); v6 = invec(v6, inmask, sg); v7 = invec(v7, inmask, sg);
        }
        vd a0 = v0 + v1, a1 = v0 - v1, a2 = v2 + v3, a3 = v2 - v3;
        vd a4 = v4 + v5, a5 = v4 - v5, a6 = v6 + v7, a7 = v6 - v7;
        vd b0 = a0 + a2, b2 = a0 - a2, b1 = a1 + a3, b3 = a1 - a3;
        vd b4 = a4 + a6, b6 = a4 - a6, b5 = a5 + a7, b7 = a5 - a7;
        st(q0 + j, b0 + b4);
        st(q4 + j, b0 - b4);
        st(q1 + j, b1 + b5);
        st(q5 + j, b1 - b5);
        st(q2 + j, b2 + b6);
        st(q6 + j, b2 - b6);
        st(q3 + j, b3 + b7);
        st(q7 + j, b3 - b7);
    }
}

static inline void bfly_at(double *p, int r, const int *q, int64_t run) {
    if (r == 3) bfly8p(p, 1LL << q[0], 1LL << q[1], 1LL << q[2], run, 0, NULL);
    else if (r == 2) bfly4p(p, 1LL << q[0], 1LL << q[1], run, 0, NULL);
    else bfly2p(p, 1LL << q[0], run, 0, NULL);
}

/* Normalised butterfly for a lone Hadamard: one sweep. */
static void bfly2n(double *s, int64_t len, int q) {
    const int64_t h = 1LL << q;
    const vd r = splat(0.70710678118654752440);
    for (int64_t base = 0; base < len; base += 2 * h)
        for (int64_t j = 0; j < h; j += HC) {
            double *p0 = s + 2 * (base + j), *p1 = p0 + 2 * h;
            vd x = ld(p0), y = ld(p1);
            st(p0, r * (x + y));
            st(p1, r * (x - y));
        }
}

/* Normalised H on an in-vector qubit q (< LOGHC): one sweep of lane shuffles. */
static void bfly1_invector_n(double *s, int64_t len, int q) {
    vd sg;
    for (int d = 0; d < VW; d++) sg[d] = (((d >> 1) >> q) & 1) ? -1.0 : 1.0;
    const vd r = splat(0.70710678118654752440);
    for (int64_t i = 0; i < len; i += HC) {
        vd v = ld(s + 2 * i);
        st(s + 2 * i, r * (sg * v + partner(v, q)));
    }
}

/* Butterflies on qubits qs (ascending, >= LOGHC, all below log2(len)) over a contiguous region of len amps:
 * radix-8 groups first, then radix-4 / 2; nested loops keep the index arithmetic out of the inner loop. The
 * in-vector qubits of inmask ride along with the first group's loads. */
static void bfly_region(double *s, int64_t len, const int *qs, int nq, int inmask) {
    vd sg[LOGHC > 0 ? LOGHC : 1];
    for (int q = 0; q < LOGHC; q++)
        for (int d = 0; d < VW; d++) sg[q][d] = (((d >> 1) >> q) & 1) ? -1.0 : 1.0;
    for (int i = 0; i < nq;) {
        int r = nq - i >= 3 ? 3 : nq - i, im = i == 0 ? inmask : 0;
        const int64_t h1 = 1LL << qs[i], h2 = r > 1 ? 1LL << qs[i + 1] : 0, h3 = r > 2 ? 1LL << qs[i + 2] : 0;
        if (r == 3) {
            for (int64_t b3 = 0; b3 < len; b3 += 2 * h3)
                for (int64_t b2 = b3; b2 < b3 + h3; b2 += 2 * h2)
                    for (int64_t b1 = b2; b1 < b2 + h2; b1 += 2 * h1) bfly8p(s + 2 * b1, h1, h2, h3, h1, im, sg);
        } else if (r == 2) {
            for (int64_t b2 = 0; b2 < len; b2 += 2 * h2)
                for (int64_t b1 = b2; b1 < b2 + h2; b1 += 2 * h1) bfly4p(s + 2 * b1, h1, h2, h1, im, sg);
        } else {
            for (int64_t b1 = 0; b1 < len; b1 += 2 * h1) bfly2p(s + 2 * b1, h1, h1, im, sg);
        }
        i += r;
    }
}

/* The in-vector qubits of mask (below LOGHC) in one sweep, in registers. */
static void bfly_invector(double *s, int64_t len, int mask) {
    mask &= (1 << LOGHC) - 1;
    if (!mask) return;
    vd sg[LOGHC > 0 ? LOGHC : 1];
    for (int q = 0; q < LOGHC; q++)
        for (int d = 0; d < VW; d++) sg[q][d] = (((d >> 1) >> q) & 1) ? -1.0 : 1.0;
    for (int64_t i = 0; i < len; i += HC) {
        vd v = ld(s + 2 * i);
        for (int q = 0; q < LOGHC; q++)
            if ((mask >> q) & 1) v = sg[q] * v + partner(v, q);
        st(s + 2 * i, v);
    }
}

static void scale_run(double *s, int64_t len, double f) {
    vd v = splat(f);
    for (int64_t j = 0; j < len; j += HC) st(s + 2 * j, v * ld(s + 2 * j));
}

/* What ends a Hadamard layer on data still in cache: the fused diagonal (carrying the scale) or the scale. */
typedef struct {
    diag_t *diag;
    double scale;
} finish_t;

static void finish_run(const finish_t *f, double *s, int64_t start, int64_t len) {
    if (f->diag) diag_run(f->diag, s, start, len, 0);
    else scale_run(s + 2 * start, len, f->scale);
}

/* Butterflies across rows: the qubits gq (ascending) of a region of len amplitudes at index offset `origin`,
 * in L1-sized tiles of 2^g rows x run amplitudes; fin (if not NULL) finishes each tile while it is in cache. */
static void tile_pass(double *s, int64_t origin, int64_t len, const int *gq, int g, const finish_t *fin) {
    int64_t run = (1LL << L1_BITS) >> g;
    if (run > (1LL << gq[0])) run = 1LL << gq[0];
    if (run < HC) run = HC;
    const int64_t rows = 1LL << g;
    int64_t off[1 << GROUP_BITS > 16 ? 1 << GROUP_BITS : 16]; /* row offsets (g <= GROUP_BITS, or 4 mid qubits) */
    for (int64_t row = 0; row < rows; row++) {
        off[row] = 0;
        for (int v = 0; v < g; v++)
            if ((row >> v) & 1) off[row] |= 1LL << gq[v];
    }
    for (int64_t t = 0; t < (len >> g); t += run) {
        int64_t local = t;
        for (int u = 0; u < g; u++) local = insert0(local, gq[u]);
        const int64_t base = origin + local;
        for (int i = 0; i < g;) {
            int r = g - i >= 3 ? 3 : g - i;
            int64_t sub = ((1LL << r) - 1) << i;
            for (int64_t row = 0; row < rows; row++)
                if (!(row & sub)) bfly_at(s + 2 * (base + off[row]), r, gq + i, run);
            i += r;
        }
        if (fin)
            for (int64_t row = 0; row < rows; row++) finish_run(fin, s, base + off[row], run);
    }
}

/* H on every qubit of mask, then (diag != NULL) the fused diagonal, whose tables already carry the scale.
 * Unnormalised butterflies; the 2^(-k/2) is applied with the last touch of each tile. Memory traffic: one pass
 * for the qubits below BLOCK_BITS (L1 sub-blocks, then L1 tiles within the L2 block), one per group of up to
 * GROUP_BITS higher qubits (L1 tiles of rows streaming through memory). */
static void hlayer(int n, int mask, diag_t *diag, diag_t *prefill, double *s) {
    const int64_t dim = 1LL << n;
    const int k = __builtin_popcount(mask);
    if (k == 1 && !diag && !prefill) { /* a lone H: one normalised sweep */
        if (__builtin_ctz(mask) >= LOGHC) bfly2n(s, dim, __builtin_ctz(mask));
        else bfly1_invector_n(s, dim, __builtin_ctz(mask));
        return;
    }
    finish_t fin = {diag, pow(2.0, -0.5 * k)};
    const int B = n < BLOCK_BITS ? n : BLOCK_BITS, S = B < L1_BITS ? B : L1_BITS;
    int lowq[32], nlow = 0, midq[32], nmid = 0, highq[32], nhigh = 0;
    for (int q = LOGHC; q < n; q++) {
        if (!((mask >> q) & 1)) continue;
        if (q < S) lowq[nlow++] = q;
        else if (q < B) midq[nmid++] = q;
        else highq[nhigh++] = q;
    }
    const int inmask = mask & ((1 << LOGHC) - 1);
    if (prefill && !(inmask || nlow || nmid)) { /* no sub-block pass to ride along with */
        diag_run(prefill, s, 0, dim, 1);
        prefill = NULL;
    }
    if (inmask || nlow || nmid) {
        for (int64_t blk = 0; blk < dim; blk += 1LL << B) {
            for (int64_t sub = blk; sub < blk + (1LL << B); sub += 1LL << S) {
                double *p = s + 2 * sub;
                if (prefill) diag_run(prefill, s, sub, 1LL << S, 1); /* the state before the layer, written in L1 */
                if (nlow) bfly_region(p, 1LL << S, lowq, nlow, inmask);
                else bfly_invector(p, 1LL << S, inmask);
                if (!nmid && !nhigh) finish_run(&fin, s, sub, 1LL << S);
            }
            if (nmid) tile_pass(s, blk, 1LL << B, midq, nmid, nhigh ? NULL : &fin);
        }
    }
    /* high qubits in balanced groups of at most GROUP_BITS */
    int groups = (nhigh + GROUP_BITS - 1) / GROUP_BITS;
    for (int gi = 0, done = 0; gi < groups; gi++) {
        int g = (nhigh - done + (groups - gi) - 1) / (groups - gi);
        tile_pass(s, 0, dim, highq + done, g, gi == groups - 1 ? &fin : NULL);
        done += g;
    }
}

/* From |0>: H on the qubits of mask, written directly (the uniform superposition over mask). */
static void uniform(int n, int mask, double *s) {
    const int64_t dim = 1LL << n;
    double amp = pow(2.0, -0.5 * __builtin_popcount(mask));
    memset(s, 0, sizeof(double) * 2 * dim);
    for (int64_t b = 0; b < dim; b++)
        if ((b & ~(int64_t)mask) == 0) s[2 * b] = amp;
}

/* ---------------------------------------------------------------------------------------------- */
/* Program interpreter.                                                                             */

/* The OP_HLAYER at *pc (and its fused diagonal); prefill: a diagonal written into each block first. */
static int run_hlayer(int n, const int32_t *prog, int prog_len, int *pc, const double **pp, diag_t *prefill, double *s) {
    int mask = prog[*pc + 1], fused = prog[*pc + 2];
    *pc += 3;
    if (!fused) {
        hlayer(n, mask, NULL, prefill, s);
        return HQ_OK;
    }
    if (*pc >= prog_len || prog[*pc] != OP_DIAG) return HQ_EPROGRAM;
    int nterms = prog[*pc + 1];
    diag_t d;
    int rc = diag_prepare(&d, n, prog + *pc + 2, nterms, *pp, pow(2.0, -0.5 * __builtin_popcount(mask)));
    if (rc == HQ_OK) hlayer(n, mask, &d, prefill, s);
    diag_free(&d);
    *pp += 1 + nterms;
    *pc += 2 + 3 * nterms;
    return rc;
}

static int run(int n, const int32_t *prog, int prog_len, const double *params, double *s, hq_work *w) {
    int pc = 0;
    const double *pp = params;
    if (prog_len > 0 && prog[0] == OP_UNIFORM_DIAG) { /* a ZZ-type prefix from |0>: as a sum of products if it fits */
        int rc = CAT(hq_split_prefix, SUFFIX)(n, prog, prog_len, params, s, w, &pc, &pp);
        if (rc != HQ_OK) return rc;
    }
    while (pc < prog_len) {
        int op = prog[pc];
        switch (op) {
            case OP_MAT1: mat1(n, prog[pc + 1], -1, pp, s); pp += 8; pc += 2; break;
            case OP_CMAT1: mat1(n, prog[pc + 2], prog[pc + 1], pp, s); pp += 8; pc += 3; break;
            case OP_MAT2: mat2(n, prog[pc + 1], prog[pc + 2], pp, s); pp += 32; pc += 3; break;
            case OP_X: x_gate(n, -1, prog[pc + 1], s); pc += 2; break;
            case OP_CX: x_gate(n, prog[pc + 1], prog[pc + 2], s); pc += 3; break;
            case OP_SWAP: swap_gate(n, prog[pc + 1], prog[pc + 2], s); pc += 3; break;
            case OP_CCX: ccx_gate(n, prog[pc + 1], prog[pc + 2], prog[pc + 3], s); pc += 4; break;
            case OP_UNIFORM: uniform(n, prog[pc + 1], s); pc += 2; break;
            case OP_HLAYER: {
                int rc = run_hlayer(n, prog, prog_len, &pc, &pp, NULL, s);
                if (rc != HQ_OK) return rc;
                break;
            }
            case OP_DIAG:
            case OP_UNIFORM_DIAG: {
                int nterms = prog[pc + 1], next = pc + 2 + 3 * nterms;
                if (op == OP_UNIFORM_DIAG && next < prog_len && prog[next] == OP_HLAYER) {
                    /* |+>, a diagonal, then a Hadamard layer (a ZZ map's first repetitions): the diagonal's values
                     * are written block by block right before the layer's first butterflies, never as a pass. */
                    diag_t pre;
                    int rc = diag_prepare(&pre, n, prog + pc + 2, nterms, pp, pow(2.0, -0.5 * n));
                    if (rc == HQ_OK) {
                        pc = next;
                        pp += 1 + nterms;
                        rc = run_hlayer(n, prog, prog_len, &pc, &pp, &pre, s);
                    }
                    diag_free(&pre);
                    if (rc != HQ_OK) return rc;
                    break;
                }
                int rc = diag_apply(n, prog + pc + 2, nterms, pp, op == OP_UNIFORM_DIAG ? pow(2.0, -0.5 * n) : 1.0, s,
                                    op == OP_UNIFORM_DIAG);
                if (rc != HQ_OK) return rc;
                pp += 1 + nterms;
                pc = next;
                break;
            }
            default: return HQ_EPROGRAM;
        }
    }
    return HQ_OK;
}

/* ---------------------------------------------------------------------------------------------- */
/* Pauli expectations: <s| i^{|x&z|} X^x Z^z |s> = i^{|x&z|} sum_b conj(s[b^x]) (-1)^{|b&z|} s[b].     */

static void expect(const double *s, int n, const int32_t *xmask, const int32_t *zmask, int count, double *out) {
    const int64_t dim = 1LL << n;
    for (int k = 0; k < count; k++) {
        int64_t x = xmask[k], z = zmask[k];
        double re = 0, im = 0;
        for (int64_t b = 0; b < dim; b++) {
            double sg = (__builtin_popcountll(b & z) & 1) ? -1.0 : 1.0;
            const double *u = s + 2 * (b ^ x), *v = s + 2 * b;
            re += sg * (u[0] * v[0] + u[1] * v[1]);
            im += sg * (u[0] * v[1] - u[1] * v[0]);
        }
        switch (__builtin_popcountll(x & z) & 3) {
            case 0: out[k] = re; break;
            case 1: out[k] = -im; break;
            case 2: out[k] = -re; break;
            default: out[k] = im; break;
        }
    }
}

/* ---------------------------------------------------------------------------------------------- */
/* Gram blocks |<a_i|b_j>|^2.
 *
 * Own kernel (default): entry (i, j) is always the same sequence of operations, whatever block the pair falls in
 * and wherever it sits in it, so a Gram matrix assembled from Spark tiles of any size is bitwise the same as one
 * computed at once. Per pair of vectors: re += a * b and im += swap(a) * b (lanes: even ai*br, odd ar*bi), three rows
 * of a against four of b in registers, K in L1-sized chunks whose partial sums are added in a fixed order.
 * Optional BLAS (hqml.native.blas=true): one ZGEMM C = B A^H straight on the interleaved states; faster, but its
 * rounding depends on the block shape. */
#define GRAM_KC 512

/* The K chunk [k0, k1) of count states (stride len) as a 64-byte aligned panel of stride GRAM_KC: Java arrays start
 * 16 bytes into a cache line, and a misaligned load crosses two lines. Packed chunk by chunk, as BLAS packs its
 * panels, the copy stays in L2 (instead of a whole extra pass over the operands in memory). */
static void gram_pack(const double *x, int count, int64_t len, int64_t k0, int64_t k1, double *panel) {
    for (int i = 0; i < count; i++) memcpy(panel + (int64_t)i * GRAM_KC, x + (int64_t)i * len + k0, sizeof(double) * (k1 - k0));
}

static int gram_own(const double *a, int na, const double *b, int nb, int64_t dim, double *out, int symmetric) {
    const int64_t len = 2 * dim;
    const int pack_a = ((uintptr_t)a & 63) != 0, pack_b = b != a && ((uintptr_t)b & 63) != 0;
    double *re = calloc((size_t)na * nb, sizeof(double)), *im = calloc((size_t)na * nb, sizeof(double));
    double *panel_a = NULL, *panel_b = NULL;
    if (pack_a && posix_memalign((void **)&panel_a, 64, sizeof(double) * GRAM_KC * na)) panel_a = NULL;
    if (pack_b && posix_memalign((void **)&panel_b, 64, sizeof(double) * GRAM_KC * nb)) panel_b = NULL;
    if (!re || !im || (pack_a && !panel_a) || (pack_b && !panel_b)) {
        free(re);
        free(im);
        free(panel_a);
        free(panel_b);
        return HQ_ENOMEM;
    }
    for (int64_t k0 = 0; k0 < len; k0 += GRAM_KC) {
        const int64_t k1 = k0 + GRAM_KC < len ? k0 + GRAM_KC : len, kc = k1 - k0;
        /* this chunk of row i of a at A + i * lda (of b at B + j * ldb), k from 0 to kc */
        const double *A = a + k0, *B = b + k0;
        int64_t lda = len, ldb = len;
        if (pack_a) {
            gram_pack(a, na, len, k0, k1, panel_a);
            A = panel_a;
            lda = GRAM_KC;
        }
        if (pack_b) {
            gram_pack(b, nb, len, k0, k1, panel_b);
            B = panel_b;
            ldb = GRAM_KC;
        } else if (b == a) {
            B = A;
            ldb = lda;
        }
        for (int i0 = 0; i0 < na; i0 += 3) {
            const int ni = na - i0 < 3 ? na - i0 : 3;
            const double *pa0 = A + (int64_t)i0 * lda, *pa1 = A + (int64_t)(i0 + (ni > 1 ? 1 : 0)) * lda;
            const double *pa2 = A + (int64_t)(i0 + ni - 1) * lda;
            for (int j0 = symmetric ? (i0 & ~3) : 0; j0 < nb; j0 += 4) {
                const int nj = nb - j0 < 4 ? nb - j0 : 4;
                const double *pb[4];
                for (int j = 0; j < 4; j++) pb[j] = B + (int64_t)(j0 + (j < nj ? j : nj - 1)) * ldb;
                vd r[3][4], m[3][4];
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 4; j++) r[i][j] = m[i][j] = splat(0);
                for (int64_t k = 0; k < kc; k += VW) {
                    vd a0 = ld(pa0 + k), a1 = ld(pa1 + k), a2 = ld(pa2 + k);
                    vd s0 = swp(a0), s1 = swp(a1), s2 = swp(a2);
                    for (int j = 0; j < 4; j++) {
                        vd bj = ld(pb[j] + k);
                        r[0][j] += a0 * bj; m[0][j] += s0 * bj;
                        r[1][j] += a1 * bj; m[1][j] += s1 * bj;
                        r[2][j] += a2 * bj; m[2][j] += s2 * bj;
                    }
                }
                for (int i = 0; i < ni; i++)
                    for (int j = 0; j < nj; j++) {
                        double sr = 0, si = 0;
                        for (int l = 0; l < VW; l += 2) {
                            sr += r[i][j][l] + r[i][j][l + 1];
                            si += m[i][j][l + 1] - m[i][j][l];
                        }
                        re[(int64_t)(i0 + i) * nb + j0 + j] += sr;
                        im[(int64_t)(i0 + i) * nb + j0 + j] += si;
                    }
            }
        }
    }
    for (int64_t e = 0; e < (int64_t)na * nb; e++) out[e] = re[e] * re[e] + im[e] * im[e];
    if (symmetric) /* exact symmetry: the upper triangle is the value, mirrored */
        for (int i = 0; i < na; i++)
            for (int j = 0; j < i; j++) out[(int64_t)i * nb + j] = out[(int64_t)j * nb + i];
    free(re);
    free(im);
    free(panel_a);
    free(panel_b);
    return HQ_OK;
}

static int gram(const double *a, int na, const double *b, int nb, int64_t dim, double *out, int symmetric) {
    hq_zgemm_fn zgemm = hq_blas_enabled ? hq_blas_zgemm() : NULL;
    if (!zgemm) return gram_own(a, na, b, nb, dim, out, symmetric);
    /* C = B A^H (nb x na) straight on the interleaved states: C[j][i] = conj(<a_i|b_j>), no copies. */
    double *c = NULL;
    if (posix_memalign((void **)&c, 64, sizeof(double) * 2 * na * nb)) return HQ_ENOMEM;
    const double one[2] = {1.0, 0.0}, zero[2] = {0.0, 0.0};
    /* CblasRowMajor = 101, CblasNoTrans = 111, CblasConjTrans = 113 */
    zgemm(101, 111, 113, nb, na, (int)dim, one, b, (int)dim, a, (int)dim, zero, c, na);
    for (int i = 0; i < na; i++)
        for (int j = 0; j < nb; j++) {
            double re = c[2 * ((int64_t)j * na + i)], im = c[2 * ((int64_t)j * na + i) + 1];
            out[(int64_t)i * nb + j] = re * re + im * im;
        }
    if (symmetric)
        for (int i = 0; i < na; i++)
            for (int j = 0; j < i; j++) out[(int64_t)i * nb + j] = out[(int64_t)j * nb + i];
    free(c);
    return HQ_OK;
}

static void inplace(double *s, int n, double c, double sn) {
    const vd r = splat(c), is = splat(sn) * SIGNV;
    for (int64_t i = 0; i < (1LL << n); i += HC) st(s + 2 * i, cmul_s(ld(s + 2 * i), r, is));
}

const hq_kernels CAT(hq_kernels, SUFFIX) = {run, gram, expect, inplace};
