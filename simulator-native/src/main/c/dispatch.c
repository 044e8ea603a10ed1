/*
 * Run-time choice of the kernel variant (CPU feature detection, never -march=native) and the optional
 * BLAS found with dlopen (OpenBLAS, as Debian's libopenblas0 installs it). Without BLAS the Gram block uses
 * the variant's own register-blocked kernel.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include "hqmlsim.h"

static pthread_once_t variant_once = PTHREAD_ONCE_INIT;
static int detected_variant;

static void detect(void) {
#if defined(__x86_64__) && defined(HQ_HAVE_X86_VARIANTS)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")) detected_variant = 2;
    else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) detected_variant = 1;
#endif
}

/* Detected once: every JNI call checks its variant against it. */
int hq_detect_variant(void) {
    pthread_once(&variant_once, detect);
    return detected_variant;
}

const hq_kernels *hq_variant(int variant) {
#if defined(HQ_HAVE_X86_VARIANTS)
    if (variant == 2) return &hq_kernels_avx512;
    if (variant == 1) return &hq_kernels_avx2;
#endif
    (void)variant;
    return &hq_kernels_portable;
}

volatile int hq_blas_enabled = 0;

static pthread_once_t blas_once = PTHREAD_ONCE_INIT;
static hq_dgemm_fn blas_dgemm;
static hq_zgemm_fn blas_zgemm;
static const char *blas_name;

static void blas_load(void) {
    static const char *const names[] = {"libopenblas.so.0", "libopenblas.so"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        void *h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (!h) continue;
        hq_dgemm_fn f = (hq_dgemm_fn)dlsym(h, "cblas_dgemm");
        if (!f) {
            dlclose(h);
            continue;
        }
        /* One thread: hqml runs one engine per Spark task (one task per core). */
        void (*threads)(int) = (void (*)(int))dlsym(h, "openblas_set_num_threads");
        if (threads) threads(1);
        blas_dgemm = f;
        blas_zgemm = (hq_zgemm_fn)dlsym(h, "cblas_zgemm");
        blas_name = names[i];
        return;
    }
}

hq_dgemm_fn hq_blas_dgemm(void) {
    pthread_once(&blas_once, blas_load);
    return blas_dgemm;
}

hq_zgemm_fn hq_blas_zgemm(void) {
    pthread_once(&blas_once, blas_load);
    return blas_zgemm;
}

int hq_blas_available(void) { return hq_blas_dgemm() != NULL; }

const char *hq_blas_name(void) {
    pthread_once(&blas_once, blas_load);
    return blas_name;
}

void *hq_work_get(hq_work *w, size_t bytes) {
    if (w->size >= bytes) return w->mem;
    free(w->mem);
    w->mem = NULL;
    w->size = 0;
    if (posix_memalign(&w->mem, 64, bytes) != 0) {
        w->mem = NULL;
        return NULL;
    }
    w->size = bytes;
    return w->mem;
}

void hq_work_free(hq_work *w) {
    free(w->mem);
    w->mem = NULL;
    w->size = 0;
}
