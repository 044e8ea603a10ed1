/*
 * The split-state prefix (splitstate.c), compiled per ISA variant like kernels.c: include after simd.h.
 */
#ifndef HQMLSIM_SPLITSTATE_H
#define HQMLSIM_SPLITSTATE_H

#include <stdint.h>
#include "hqmlsim.h"

/* For a program starting with OP_UNIFORM_DIAG: runs its leading Hadamard layers and diagonals on a sum of products
 * across a cut and writes the state s once. *pc and *pp (program counter, parameter pointer, both at the start on
 * entry) are moved past what was done; left unchanged, with s untouched, when the prefix does not fit (for example
 * a full-entanglement diagonal): the caller runs the program as usual. Returns HQ_OK or a failure status. */
int CAT(hq_split_prefix, SUFFIX)(int n, const int32_t *prog, int prog_len, const double *params, double *s,
                                 hq_work *w, int *pc, const double **pp);

#endif
