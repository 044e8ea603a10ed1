package io.hqml.quantum.engine;

/**
 * A diagonal layer tabulated for row-wise application on an n-qubit state: rows are blocks of {@code 2^low}
 * amplitudes ({@link DiagonalLayer#rowBits}), {@code T[b] = exp(i * terms within the low bits)} is built once
 * ({@link PhaseFunction#table}), and row h multiplies by {@code exp(i highPhase(h)) * T[b] * prod_p
 * exp(i bitPhase_p(h) b_p)}, the product over the low bits p paired with a high bit ("crossing" bits). Building
 * is skipped when the layer repeats (a ZZ map's repetitions). Owns its scratch: no allocation once sized.
 */
final class RowPhases {
    int low;
    private int n = -1;
    private PhaseFunction phase = new PhaseFunction(), next = new PhaseFunction();
    private int crossingBits;
    private double[] table = new double[0];
    private double[] fillTable = new double[0];
    private int fillHadamards = -1;
    private double[] factor = new double[0];
    private double[] separable = new double[0];
    private final double[] bitPhase = new double[32];

    void prepare(int n, DiagonalLayer layer) {
        layer.normalise(next);
        if (n == this.n && next.sameAs(phase, n)) {
            return;
        }
        PhaseFunction t = phase;
        phase = next;
        next = t;
        this.n = n;
        low = DiagonalLayer.rowBits(n);
        crossingBits = phase.crossingLow(low);
        int doubles = 2 << low;
        if (table.length != doubles) {
            table = new double[doubles];
            factor = new double[doubles];
            separable = new double[doubles];
        }
        phase.table(0, low, table);
        fillHadamards = -1;
    }

    /** Low bits paired with a high bit. */
    int crossingBits() {
        return crossingBits;
    }

    /** T with the (unnormalised) Hadamards on the given low qubits applied, built once per prepare. */
    double[] fillTable(int hadamards) {
        if (hadamards == 0) {
            return table;
        }
        if (hadamards != fillHadamards) {
            if (fillTable.length != table.length) {
                fillTable = new double[table.length];
            }
            System.arraycopy(table, 0, fillTable, 0, table.length);
            Butterflies.apply(fillTable, 0, fillTable.length, hadamards << 1);
            fillHadamards = hadamards;
        }
        return fillTable;
    }

    /** Phase of row h from the terms outside the table; per-bit phases of crossing bits into bitPhase. */
    private double rowPhase(int h) {
        PhaseFunction f = phase;
        double sum = f.constant;
        for (int q = low; q < n; q++) {
            sum += (h >> (q - low) & 1) == 1 ? f.bit[q] : 0.0;
        }
        java.util.Arrays.fill(bitPhase, 0, low, 0.0);
        for (int k = 0; k < f.pairs; k++) {
            int p = f.pairA[k], q = f.pairB[k];
            if (q < low || (h >> (q - low) & 1) == 0) {
                continue; // inside the table, or the high bit is clear
            }
            if (p >= low) {
                sum += (h >> (p - low) & 1) == 1 ? f.pairC[k] : 0.0;
            } else {
                bitPhase[p] += f.pairC[k];
            }
        }
        return sum;
    }

    /** {@code out[o + 2b ..] = scale * exp(i phase)} of row h's amplitudes b, from {@code base} (T or H_Q T). */
    void rowFactor(int h, double scale, double[] base, double[] out, int o) {
        double sum = rowPhase(h);
        double hr = scale * Math.cos(sum), hi = scale * Math.sin(sum);
        int doubles = 2 << low;
        if (Integer.bitCount(crossingBits) > 2) {
            // Many crossing bits: the row's factor is separable over them; build it by doubling, then times base.
            double[] f = separable;
            f[0] = hr;
            f[1] = hi;
            int filled = 1;
            for (int q = 0; q < low; q++) {
                double cr = Math.cos(bitPhase[q]), ci = Math.sin(bitPhase[q]);
                for (int k = 0; k < 2 * filled; k += 2) {
                    double ar = f[k], ai = f[k + 1];
                    f[k + 2 * filled] = Math.fma(ar, cr, -ai * ci);
                    f[k + 2 * filled + 1] = Math.fma(ar, ci, ai * cr);
                }
                filled <<= 1;
            }
            for (int k = 0; k < doubles; k += 2) {
                double ar = f[k], ai = f[k + 1], br = base[k], bi = base[k + 1];
                out[o + k] = Math.fma(ar, br, -ai * bi);
                out[o + k + 1] = Math.fma(ar, bi, ai * br);
            }
            return;
        }
        for (int k = 0; k < doubles; k += 2) {
            double br = base[k], bi = base[k + 1];
            out[o + k] = Math.fma(hr, br, -hi * bi);
            out[o + k + 1] = Math.fma(hr, bi, hi * br);
        }
        for (int m = crossingBits; m != 0; m &= m - 1) {
            int q = Integer.numberOfTrailingZeros(m);
            double cr = Math.cos(bitPhase[q]), ci = Math.sin(bitPhase[q]);
            int run = 2 << q;
            for (int start = o + run; start < o + doubles; start += 2 * run) {
                for (int k = start; k < start + run; k += 2) {
                    double ar = out[k], ai = out[k + 1];
                    out[k] = Math.fma(ar, cr, -ai * ci);
                    out[k + 1] = Math.fma(ar, ci, ai * cr);
                }
            }
        }
    }

    void finishRow(double[] s, int off, int h, int lowQubits, double scale) {
        double[] f = factor;
        rowFactor(h, scale, table, f, 0);
        int doubles = 2 << low, start = off + h * doubles;
        if (lowQubits == 7) {
            // H on qubits 0-2 in registers, then the phase: one load and one store per amplitude.
            for (int j = 0; j < doubles; j += 16) {
                int o = start + j;
                double r0 = s[o], r1 = s[o + 2], r2 = s[o + 4], r3 = s[o + 6];
                double r4 = s[o + 8], r5 = s[o + 10], r6 = s[o + 12], r7 = s[o + 14];
                double i0 = s[o + 1], i1 = s[o + 3], i2 = s[o + 5], i3 = s[o + 7];
                double i4 = s[o + 9], i5 = s[o + 11], i6 = s[o + 13], i7 = s[o + 15];
                double ar0 = r0 + r1, ar1 = r0 - r1, ar2 = r2 + r3, ar3 = r2 - r3;
                double ar4 = r4 + r5, ar5 = r4 - r5, ar6 = r6 + r7, ar7 = r6 - r7;
                double ai0 = i0 + i1, ai1 = i0 - i1, ai2 = i2 + i3, ai3 = i2 - i3;
                double ai4 = i4 + i5, ai5 = i4 - i5, ai6 = i6 + i7, ai7 = i6 - i7;
                double br0 = ar0 + ar2, br1 = ar1 + ar3, br2 = ar0 - ar2, br3 = ar1 - ar3;
                double br4 = ar4 + ar6, br5 = ar5 + ar7, br6 = ar4 - ar6, br7 = ar5 - ar7;
                double bi0 = ai0 + ai2, bi1 = ai1 + ai3, bi2 = ai0 - ai2, bi3 = ai1 - ai3;
                double bi4 = ai4 + ai6, bi5 = ai5 + ai7, bi6 = ai4 - ai6, bi7 = ai5 - ai7;
                store(s, o, f, j, br0 + br4, bi0 + bi4);
                store(s, o + 2, f, j + 2, br1 + br5, bi1 + bi5);
                store(s, o + 4, f, j + 4, br2 + br6, bi2 + bi6);
                store(s, o + 6, f, j + 6, br3 + br7, bi3 + bi7);
                store(s, o + 8, f, j + 8, br0 - br4, bi0 - bi4);
                store(s, o + 10, f, j + 10, br1 - br5, bi1 - bi5);
                store(s, o + 12, f, j + 12, br2 - br6, bi2 - bi6);
                store(s, o + 14, f, j + 14, br3 - br7, bi3 - bi7);
            }
            return;
        }
        if (lowQubits != 0) {
            Butterflies.apply(s, start, doubles, lowQubits << 1);
        }
        multiply(s, start, f, 0, doubles);
    }

    /** {@code s[o], s[o + 1] = f[fo] * (xr + i xi)}. */
    private static void store(double[] s, int o, double[] f, int fo, double xr, double xi) {
        double fr = f[fo], fi = f[fo + 1];
        s[o] = Math.fma(fr, xr, -fi * xi);
        s[o + 1] = Math.fma(fr, xi, fi * xr);
    }

    /** {@code s[o ..] *= f[fo ..]} elementwise over {@code doubles / 2} complex numbers. */
    private static void multiply(double[] s, int o, double[] f, int fo, int doubles) {
        for (int k = 0; k < doubles; k += 2) {
            double fr = f[fo + k], fi = f[fo + k + 1], xr = s[o + k], xi = s[o + k + 1];
            s[o + k] = Math.fma(fr, xr, -fi * xi);
            s[o + k + 1] = Math.fma(fr, xi, fi * xr);
        }
    }
}
