/*
 * A state prepared from |0...0> held as a short sum of products across a cut between the low qubits [0, cut) and
 * the high ones, psi(y) = scale * sum_k Q_k(y >> cut) P_k(y mod 2^cut), and written once: the C form of
 * quantum-kernels' SplitState, with the same acceptance rules, so both engines take the same path.
 *
 * H on a set of qubits is H on each factor. A diagonal exp(i phase) splits, with X the high qubits paired with a
 * low one, as exp(i phase_H(y_high)) * A_c(y_low) where c = y_high on X: each term becomes 2^|X| terms (A_c times
 * P, Q times the indicator of c). A ZZ map with a chain of pairs (linear, circular, pairwise) crosses the cut once
 * or twice: after two repetitions 4 or 16 terms, 2 or 4 of them non-zero on each row of 2^cut amplitudes. The
 * factor work is O(terms * (2^cut + 2^(n - cut))); the write is a linear combination of 2-4 L1-resident rows per
 * amplitude, row[j] = sum_k (Re q_k P_k[j] + Im q_k (i P_k)[j]), element-wise on doubles. (Streaming stores were no
 * faster here, blocks of up to 64 MiB fitting the last-level cache, and would push the states out of it before the
 * Gram block reads them.)
 */
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "hqmlsim.h"
#include "simd.h"
#include "splitstate.h"

/* Most terms kept and most terms non-zero on a row before an H on high qubits (as SplitState.MAX_TERMS and
 * MAX_ROW_TERMS); beyond, the prefix stops and the program continues on the written state. */
#define MAX_TERMS 16
#define MAX_ROW_TERMS 4
/* Qubits: at least 4 (rows of at least 4 amplitudes, at least 2 rows), at most 30 (int masks). The cut: half the
 * qubits, at most MAX_CUT, so the 2-4 rows of a write (2^MAX_CUT complex doubles each, with their i * P
 * companions) stay in L1 while the output streams. */
#define MIN_QUBITS 4
#define MAX_QUBITS 30
#ifndef MAX_CUT
#define MAX_CUT 8
#endif

/* A diagonal in normal form: phase(b) = constant + sum_q bit_q b_q + sum_k pair_k b_pa[k] b_pb[k] (pa < pb), a
 * parity term c (b_p xor b_q) being c b_p + c b_q - 2c b_p b_q; pairs on the same two qubits share one entry.
 * The angles sit in one array (ANG_CONST, ANG_BIT(q), ANG_PAIR(k)) so their exp(i angle) come in one batch. */
#define MAX_PAIRS (MAX_QUBITS * (MAX_QUBITS - 1) / 2)
#define ANG_CONST 0
#define ANG_BIT(q) (1 + (q))
#define ANG_PAIR(k) (1 + MAX_QUBITS + (k))
typedef struct {
    int npairs, pa[MAX_PAIRS], pb[MAX_PAIRS];
    double ang[ANG_PAIR(MAX_PAIRS)], c[ANG_PAIR(MAX_PAIRS)], s[ANG_PAIR(MAX_PAIRS)];
} phase_t;

typedef struct {
    int n, cut, terms;
    double scale;
    double *low[MAX_TERMS], *high[MAX_TERMS], *nlow[MAX_TERMS], *nhigh[MAX_TERMS];
    double *lowtab, *hightab, *select, *mult, *comp; /* comp: the write's i P_k rows */
    phase_t f;
} split_t;

static void phase_from(phase_t *f, const int32_t *spec, int nterms, const double *params) {
    short index[MAX_QUBITS][MAX_QUBITS];
    memset(index, -1, sizeof index);
    memset(f->ang, 0, sizeof(double) * ANG_PAIR(0));
    f->ang[ANG_CONST] = params[0];
    f->npairs = 0;
    for (int t = 0; t < nterms; t++) {
        int kind = spec[3 * t], a = spec[3 * t + 1], b = kind == TERM_BIT ? a : spec[3 * t + 2];
        double c = params[1 + t], pair = 0;
        if (kind == TERM_BIT || (kind == TERM_BOTH && a == b)) {
            f->ang[ANG_BIT(a)] += c;
            continue;
        }
        if (a == b) continue; /* parity of a bit with itself: never odd */
        if (kind == TERM_PARITY) {
            f->ang[ANG_BIT(a)] += c;
            f->ang[ANG_BIT(b)] += c;
            pair = -2 * c;
        } else {
            pair = c;
        }
        int lo = a < b ? a : b, hi = a < b ? b : a;
        if (index[lo][hi] < 0) {
            index[lo][hi] = (short)f->npairs;
            f->pa[f->npairs] = lo;
            f->pb[f->npairs] = hi;
            f->ang[ANG_PAIR(f->npairs++)] = 0;
        }
        f->ang[ANG_PAIR(index[lo][hi])] += pair;
    }
    sincos_batch(f->ang, f->c, f->s, ANG_PAIR(f->npairs));
}

static inline void cmul(double ar, double ai, double br, double bi, double *r, double *i) {
    *r = ar * br - ai * bi;
    *i = ar * bi + ai * br;
}

/* t[k] = exp(i (sum of the bit terms in [lo, hi) and the pairs within it)) over k < 2^(hi - lo), constant
 * excluded, by doubling: the half with bit q set is the half below times a factor of q's partner bits only,
 * tabulated in m from the lowest partner up. No trigonometry per entry. */
static void phase_table(const phase_t *f, int lo, int hi, double *t, double *m) {
    int partner[MAX_QUBITS];
    t[0] = 1.0;
    t[1] = 0.0;
    for (int q = 0; q < hi - lo; q++) {
        int lowest = q;
        for (int p = 0; p < q; p++) partner[p] = -1;
        for (int k = 0; k < f->npairs; k++)
            if (f->pb[k] == q + lo && f->pa[k] >= lo) {
                partner[f->pa[k] - lo] = ANG_PAIR(k);
                if (f->pa[k] - lo < lowest) lowest = f->pa[k] - lo;
            }
        m[0] = f->c[ANG_BIT(q + lo)];
        m[1] = f->s[ANG_BIT(q + lo)];
        int64_t filled = 1;
        for (int p = lowest; p < q; p++, filled <<= 1) {
            if (partner[p] < 0) {
                memcpy(m + 2 * filled, m, sizeof(double) * 2 * filled);
                continue;
            }
            const double cr = f->c[partner[p]], ci = f->s[partner[p]];
            for (int64_t j = 0; j < filled; j++) cmul(m[2 * j], m[2 * j + 1], cr, ci, &m[2 * (j + filled)], &m[2 * (j + filled) + 1]);
        }
        const int64_t half = 1LL << q, run = 1LL << lowest;
        for (int64_t j = 0; j < filled; j++)
            for (int64_t k = j * run; k < (j + 1) * run; k++)
                cmul(t[2 * k], t[2 * k + 1], m[2 * j], m[2 * j + 1], &t[2 * (k + half)], &t[2 * (k + half) + 1]);
    }
}

/* Unnormalised Walsh-Hadamard butterflies on the bits of mask over 2^bits complex entries (2^bits >= HC): bits
 * inside a vector with lane shuffles, the others between whole vectors. */
static void wht(double *x, int bits, int mask) {
    const int64_t len = 2LL << bits;
    for (int q = 0; q < LOGHC; q++) {
        if (!((mask >> q) & 1)) continue;
        vd sg;
        for (int d = 0; d < VW; d++) sg[d] = (((d >> 1) >> q) & 1) ? -1.0 : 1.0;
        for (int64_t j = 0; j < len; j += VW) st(x + j, sg * ld(x + j) + partner(ld(x + j), q));
    }
    for (int q = LOGHC; q < bits; q++) {
        if (!((mask >> q) & 1)) continue;
        const int64_t h = 2LL << q; /* doubles */
        for (int64_t base = 0; base < len; base += 2 * h)
            for (int64_t j = base; j < base + h; j += VW) {
                vd a = ld(x + j), b = ld(x + j + h);
                st(x + j, a + b);
                st(x + j + h, a - b);
            }
    }
}

/* Entries of f (2^bits complex) whose index has bit q set, times (cr + i ci). */
static void rotate_half(double *f, int bits, int q, double cr, double ci) {
    const int64_t run = 1LL << q;
    for (int64_t start = run; start < 1LL << bits; start += 2 * run)
        for (int64_t k = start; k < start + run; k++) cmul(f[2 * k], f[2 * k + 1], cr, ci, &f[2 * k], &f[2 * k + 1]);
}

/* The bits of c placed, in order, at the set bits of mask. */
static int deposit(int c, int mask) {
    int out = 0;
    for (int i = 0; mask; mask &= mask - 1, i++)
        if ((c >> i) & 1) out |= mask & -mask;
    return out;
}

/* 2^(-k/2), without pow. */
static double inv_sqrt2_pow(int k) {
    return ldexp(k & 1 ? 0.70710678118654752440 : 1.0, -(k >> 1));
}

static int cut_for(int n) {
    int cut = n - n / 2;
    return cut > MAX_CUT ? MAX_CUT : cut;
}

/* Carves the tables out of w; NULL when out of memory. */
static int split_init(split_t *S, int n, hq_work *w) {
    const int cut = cut_for(n);
    const int64_t lo2 = 2LL << cut, hi2 = 2LL << (n - cut), big2 = lo2 > hi2 ? lo2 : hi2;
    /* factors (two sets), low table, select, high table, doubling scratch, the write's i P_k rows */
    const int64_t doubles = 2 * MAX_TERMS * (lo2 + hi2) + 2 * lo2 + hi2 + big2 + MAX_TERMS * lo2;
    double *p = hq_work_get(w, sizeof(double) * (size_t)doubles);
    if (!p) return HQ_ENOMEM;
    S->n = n;
    S->cut = cut;
    for (int k = 0; k < MAX_TERMS; k++) {
        S->low[k] = p; p += lo2;
        S->nlow[k] = p; p += lo2;
        S->high[k] = p; p += hi2;
        S->nhigh[k] = p; p += hi2;
    }
    S->lowtab = p; p += lo2;
    S->select = p; p += lo2;
    S->hightab = p; p += hi2;
    S->mult = p; p += big2;
    S->comp = p;
    /* H on all qubits of |0...0>: one term, both factors all ones, times 2^(-n/2) */
    for (int64_t j = 0; j < lo2; j += 2) { S->low[0][j] = 1; S->low[0][j + 1] = 0; }
    for (int64_t j = 0; j < hi2; j += 2) { S->high[0][j] = 1; S->high[0][j + 1] = 0; }
    S->terms = 1;
    S->scale = inv_sqrt2_pow(n);
    return HQ_OK;
}

/* H on the qubits of mask; 0 (state unchanged) when H on high qubits would mix more than MAX_ROW_TERMS terms. */
static int split_hadamard(split_t *S, int mask) {
    const int lowbits = mask & ((1 << S->cut) - 1), highbits = mask >> S->cut;
    if (highbits && S->terms > MAX_ROW_TERMS) return 0;
    for (int k = 0; k < S->terms; k++) {
        if (lowbits) wht(S->low[k], S->cut, lowbits);
        if (highbits) wht(S->high[k], S->n - S->cut, highbits);
    }
    S->scale *= inv_sqrt2_pow(__builtin_popcount(mask));
    return 1;
}

/* Times the diagonal (spec, params as in OP_DIAG); 0 (state unchanged) when that needs more than max_terms terms. */
static int split_diagonal(split_t *S, const int32_t *spec, int nterms, const double *params, int max_terms) {
    phase_t *f = &S->f;
    phase_from(f, spec, nterms, params);
    const int cut = S->cut, hbits = S->n - cut;
    const int64_t lo2 = 2LL << cut, hn = 1LL << hbits;
    int crossing = 0;
    for (int k = 0; k < f->npairs; k++)
        if (f->pa[k] < cut && f->pb[k] >= cut) crossing |= 1 << (f->pb[k] - cut);
    const int cbits = __builtin_popcount(crossing);
    if (cbits > 4 || S->terms << cbits > (max_terms < MAX_TERMS ? max_terms : MAX_TERMS)) return 0;
    phase_table(f, 0, cut, S->lowtab, S->mult);
    phase_table(f, cut, S->n, S->hightab, S->mult);
    const double kr = f->c[ANG_CONST], ki = f->s[ANG_CONST];
    for (int64_t h = 0; h < hn; h++) cmul(kr, ki, S->hightab[2 * h], S->hightab[2 * h + 1], &S->hightab[2 * h], &S->hightab[2 * h + 1]);
    int made = 0;
    for (int c = 0; c < 1 << cbits; c++) {
        const int assignment = deposit(c, crossing);
        /* A_c: the low table times exp(i c_pq) on low bit p for each pair (p, q) with q set in the assignment */
        memcpy(S->select, S->lowtab, sizeof(double) * lo2);
        for (int k = 0; k < f->npairs; k++)
            if (f->pa[k] < cut && f->pb[k] >= cut && ((assignment >> (f->pb[k] - cut)) & 1))
                rotate_half(S->select, cut, f->pa[k], f->c[ANG_PAIR(k)], f->s[ANG_PAIR(k)]);
        for (int t = 0; t < S->terms; t++) {
            double *nh = S->nhigh[made];
            const double *q = S->high[t], *g = S->hightab;
            int nonzero = 0;
            for (int64_t h = 0; h < hn; h++) {
                if ((h & crossing) != assignment) {
                    nh[2 * h] = nh[2 * h + 1] = 0.0;
                    continue;
                }
                cmul(g[2 * h], g[2 * h + 1], q[2 * h], q[2 * h + 1], &nh[2 * h], &nh[2 * h + 1]);
                nonzero |= nh[2 * h] != 0.0 || nh[2 * h + 1] != 0.0;
            }
            if (!nonzero) continue;
            double *nl = S->nlow[made];
            const double *p = S->low[t], *a = S->select;
            for (int64_t j = 0; j < lo2; j += 2) cmul(a[j], a[j + 1], p[j], p[j + 1], &nl[j], &nl[j + 1]);
            made++;
        }
    }
    for (int k = 0; k < MAX_TERMS; k++) {
        double *x = S->low[k];
        S->low[k] = S->nlow[k];
        S->nlow[k] = x;
        x = S->high[k];
        S->high[k] = S->nhigh[k];
        S->nhigh[k] = x;
    }
    S->terms = made;
    return 1;
}

/* o[j] = sum_k (ar[k] P_k[j] + ai[k] W_k[j]) for j in [0, len) doubles (len a multiple of VW). The tables are
 * aligned; o need not be (a Java array): measured as fast as aligning the stores with scalar heads and tails. */
static inline void combine_row(double *o, int64_t len, int count, const double *const *P, const double *const *W,
                               const double *ar, const double *ai) {
    if (count == 2) {
        const vd r0 = splat(ar[0]), i0 = splat(ai[0]), r1 = splat(ar[1]), i1 = splat(ai[1]);
        const double *p0 = P[0], *w0 = W[0], *p1 = P[1], *w1 = W[1];
        for (int64_t j = 0; j < len; j += VW) st(o + j, r0 * ld(p0 + j) + i0 * ld(w0 + j) + r1 * ld(p1 + j) + i1 * ld(w1 + j));
    } else if (count == 4) {
        const vd r0 = splat(ar[0]), i0 = splat(ai[0]), r1 = splat(ar[1]), i1 = splat(ai[1]);
        const vd r2 = splat(ar[2]), i2 = splat(ai[2]), r3 = splat(ar[3]), i3 = splat(ai[3]);
        const double *p0 = P[0], *w0 = W[0], *p1 = P[1], *w1 = W[1], *p2 = P[2], *w2 = W[2], *p3 = P[3], *w3 = W[3];
        for (int64_t j = 0; j < len; j += VW)
            st(o + j, r0 * ld(p0 + j) + i0 * ld(w0 + j) + r1 * ld(p1 + j) + i1 * ld(w1 + j)
                    + r2 * ld(p2 + j) + i2 * ld(w2 + j) + r3 * ld(p3 + j) + i3 * ld(w3 + j));
    } else {
        for (int64_t j = 0; j < len; j += VW) {
            vd v = splat(0);
            for (int k = 0; k < count; k++) v += splat(ar[k]) * ld(P[k] + j) + splat(ai[k]) * ld(W[k] + j);
            st(o + j, v);
        }
    }
}

/* Writes the state at s row by row (2^cut amplitudes per high index), each row the sum of its non-zero terms. */
static void split_write(split_t *S, double *s) {
    const int64_t len = 2LL << S->cut, rows = 1LL << (S->n - S->cut);
    const double *P[MAX_TERMS], *W[MAX_TERMS];
    for (int k = 0; k < S->terms; k++) { /* W_k = i P_k: the row is then a plain linear combination of arrays */
        const double *p = S->low[k];
        double *w = S->comp + k * len;
        for (int64_t j = 0; j < len; j += 2) {
            w[j] = -p[j + 1];
            w[j + 1] = p[j];
        }
        P[k] = p;
        W[k] = w;
    }
    const double *rp[MAX_TERMS], *rw[MAX_TERMS];
    double ar[MAX_TERMS], ai[MAX_TERMS];
    for (int64_t h = 0; h < rows; h++) {
        int count = 0;
        for (int k = 0; k < S->terms; k++) {
            double qr = S->high[k][2 * h], qi = S->high[k][2 * h + 1];
            if (qr == 0.0 && qi == 0.0) continue;
            rp[count] = P[k];
            rw[count] = W[k];
            ar[count] = S->scale * qr;
            ai[count++] = S->scale * qi;
        }
        double *o = s + h * len;
        if (count == 0) memset(o, 0, sizeof(double) * len);
        else combine_row(o, len, count, rp, rw, ar, ai);
    }
}

int CAT(hq_split_prefix, SUFFIX)(int n, const int32_t *prog, int prog_len, const double *params, double *s,
                                 hq_work *w, int *pc, const double **pp) {
    if (n < MIN_QUBITS || n > MAX_QUBITS || prog_len < 2 || prog[0] != OP_UNIFORM_DIAG) return HQ_OK;
    split_t S;
    int rc = split_init(&S, n, w);
    if (rc != HQ_OK) return rc;
    int at = 0, nterms = prog[1];
    const double *par = params;
    if (2 + 3 * nterms > prog_len) return HQ_EPROGRAM;
    /* worth it when an H layer can follow: few enough terms that H leaves few non-zero on a row */
    if (!split_diagonal(&S, prog + 2, nterms, par, MAX_ROW_TERMS)) return HQ_OK;
    at = 2 + 3 * nterms;
    par += 1 + nterms;
    while (at < prog_len) {
        int diag_at = at;
        if (prog[at] == OP_HLAYER) {
            if (at + 3 > prog_len) return HQ_EPROGRAM;
            if (!split_hadamard(&S, prog[at + 1])) break;
            int fused = prog[at + 2];
            at += 3;
            if (!fused) continue;
            if (at + 2 > prog_len || prog[at] != OP_DIAG) return HQ_EPROGRAM;
            diag_at = at; /* the fused diagonal, left as a plain OP_DIAG if it does not fit */
        } else if (prog[at] != OP_DIAG) {
            break;
        }
        nterms = prog[diag_at + 1];
        if (diag_at + 2 + 3 * nterms > prog_len) return HQ_EPROGRAM;
        if (!split_diagonal(&S, prog + diag_at + 2, nterms, par, MAX_TERMS)) break;
        at = diag_at + 2 + 3 * nterms;
        par += 1 + nterms;
    }
    split_write(&S, s);
    *pc = at;
    *pp = par;
    return HQ_OK;
}
