/*
 * hqmlsim: the native statevector kernels behind io.hqml.nativeengine.
 *
 * A state is 2^n complex amplitudes stored as interleaved (re, im) doubles; qubit q is bit q of the basis
 * index (qubit 0 least significant, as in Qiskit and the Java engine).
 *
 * A circuit arrives as a program: an int array of ops, each [opcode, args...], and per row a double array of
 * parameters consumed in op order. The Java side compiles the program once per circuit template (fusing
 * gates) and evaluates the parameters of every row; one JNI call then runs the whole block.
 *
 * kernels.c is compiled once per instruction-set variant (portable, AVX2+FMA, AVX-512) with per-variant
 * flags and name suffix; dispatch.c picks one at run time. Nothing here exits or aborts: every failure is a
 * negative status that the JNI layer turns into a Java exception.
 */
#ifndef HQMLSIM_H
#define HQMLSIM_H

#include <stddef.h>
#include <stdint.h>

/* Opcodes and their int arguments; parameters (doubles) in brackets. */
enum {
    OP_MAT1 = 1,          /* q                 [8: 2x2 complex, row-major]                          */
    OP_CMAT1 = 2,         /* control, target   [8: 2x2 applied where control is 1]                  */
    OP_MAT2 = 3,          /* a, b              [32: 4x4 complex, basis bit0 = a, bit1 = b]          */
    OP_X = 4,             /* q                                                                      */
    OP_CX = 5,            /* control, target                                                        */
    OP_SWAP = 6,          /* a, b                                                                   */
    OP_CCX = 7,           /* c0, c1, target                                                         */
    OP_HLAYER = 8,        /* mask, fused: H on every qubit of mask; fused=1: a DIAG spec follows    */
    OP_DIAG = 9,          /* nterms, (kind, qa, qb) x nterms  [1 + nterms: constant, coefficients]  */
    OP_UNIFORM_DIAG = 10, /* like OP_DIAG; from |0>: H on all qubits then the diagonal, write-only  */
    OP_UNIFORM = 11       /* mask: from |0>: H on the qubits of mask, write-only                    */
};

/* Diagonal term kinds: phase coefficient added where bit qa is set / bits qa, qb differ / both set. */
enum { TERM_BIT = 0, TERM_PARITY = 1, TERM_BOTH = 2 };

/* Status codes. */
enum { HQ_OK = 0, HQ_ENOMEM = -1, HQ_EPROGRAM = -2 };

#define HQ_VARIANTS 3 /* 0 portable, 1 avx2, 2 avx512 */

/* Working memory of one thread's run calls: grown on demand, kept across the rows of a block, freed by the caller
 * (hq_work_free). */
typedef struct {
    void *mem;
    size_t size;
} hq_work;

/* At least bytes of 64-byte aligned memory (the previous contents are not kept), or NULL. */
void *hq_work_get(hq_work *w, size_t bytes);
void hq_work_free(hq_work *w);

typedef struct {
    /* Runs program on state s (n qubits); w: the calling thread's working memory. A program that starts with
     * OP_UNIFORM* ignores s's contents (state preparation from |0...0>). */
    int (*run)(int n, const int32_t *prog, int prog_len, const double *params, double *s, hq_work *w);
    /* out[i * nb + j] = |<a_i|b_j>|^2; symmetric (a == b): only j >= i computed, then mirrored. */
    int (*gram)(const double *a, int na, const double *b, int nb, int64_t dim, double *out, int symmetric);
    /* out[k] = <s|P_k|s> for Pauli strings given as x and z masks. */
    void (*expect)(const double *s, int n, const int32_t *xmask, const int32_t *zmask, int count, double *out);
    /* The roofline pass: every amplitude times the unit complex (c, sn), in place. */
    void (*inplace)(double *s, int n, double c, double sn);
} hq_kernels;

extern const hq_kernels hq_kernels_portable, hq_kernels_avx2, hq_kernels_avx512;

/* Best variant this CPU runs (0..2). */
int hq_detect_variant(void);
const hq_kernels *hq_variant(int variant);

/* Optional BLAS (OpenBLAS, found with dlopen at load time): 1 when cblas_dgemm is available. */
int hq_blas_available(void);
typedef void (*hq_dgemm_fn)(int order, int transa, int transb, int m, int n, int k, double alpha,
                            const double *a, int lda, const double *b, int ldb, double beta, double *c, int ldc);
hq_dgemm_fn hq_blas_dgemm(void);
typedef void (*hq_zgemm_fn)(int order, int transa, int transb, int m, int n, int k, const void *alpha,
                            const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
hq_zgemm_fn hq_blas_zgemm(void);
/* 1: Gram blocks use the BLAS found (opt-in, hqml.native.blas=true); 0 (default): the variant's own kernel. */
extern volatile int hq_blas_enabled;
const char *hq_blas_name(void);

#endif
