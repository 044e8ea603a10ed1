package io.hqml.quantum.noise;

/**
 * The depolarizing channel on {@code k} = 1 or 2 qubits: {@code rho -> (1 - p) rho + p Tr_k(rho) (x) I/d},
 * {@code d = 2^k}; on a state of just those qubits, {@code (1 - p) rho + p I/d}.
 *
 * <p>Convention: {@code p} is the probability of replacing the qubits' state by the maximally mixed state.
 * This is the parameterisation of Qiskit's {@code depolarizing_error(p, k)}, so the numbers can be
 * exchanged with Qiskit Aer unchanged. (Nielsen and Chuang's {@code p} for one qubit, "apply X, Y or Z each
 * with probability p/3", is {@code 3p/4} of ours.) The map is completely positive for
 * {@code 0 <= p <= d^2 / (d^2 - 1)} (4/3 for one qubit, 16/15 for two), the same range Qiskit accepts; values
 * above 1 over-depolarize and arise when a device's reported gate error is at its physical limit.
 *
 * <p>Kraus form: since {@code sum_P P rho P = d Tr(rho) I} over all {@code d^2} Pauli strings,
 * {@code sqrt(1 - p (d^2 - 1)/d^2) I} and {@code sqrt(p/d^2) P} for every non-identity Pauli {@code P}.
 */
public final class Depolarizing extends KrausChannel {
    private final double p;

    /** One-qubit depolarizing channel. */
    public Depolarizing(double p) {
        this(p, 1);
    }

    public Depolarizing(double p, int numQubits) {
        super(numQubits, kraus(p, numQubits));
        this.p = p;
    }

    /** The replacement probability. */
    public double p() {
        return p;
    }

    /** The largest valid {@code p} on {@code numQubits} qubits: {@code 4^k / (4^k - 1)}. */
    public static double maxP(int numQubits) {
        double d2 = 1 << (2 * numQubits);
        return d2 / (d2 - 1);
    }

    private static double[][] kraus(double p, int k) {
        if (k != 1 && k != 2) {
            throw new IllegalArgumentException("depolarizing channel on " + k + " qubits; use 1 or 2");
        }
        double max = maxP(k);
        if (!(p >= 0 && p <= max)) {
            throw new IllegalArgumentException("depolarizing p = " + p + " is outside [0, " + max + "] for " + k
                    + " qubit(s); p is the probability of replacing the state by the maximally mixed one");
        }
        double[][] paulis1 = {
            KrausChannel.real(1, 0, 0, 1),
            KrausChannel.real(0, 1, 1, 0),
            {0, 0, 0, -1, 0, 1, 0, 0},
            KrausChannel.real(1, 0, 0, -1),
        };
        int d2 = 1 << (2 * k);
        double[][] out = new double[d2][];
        for (int i = 0; i < d2; i++) {
            // Pauli string i: factor (i & 3) on local qubit 0, (i >> 2) on local qubit 1
            double[] pauli = k == 1 ? paulis1[i].clone() : kron(paulis1[i >> 2], paulis1[i & 3]);
            double w = Math.sqrt(i == 0 ? 1 - p * (d2 - 1) / d2 : p / d2);
            for (int j = 0; j < pauli.length; j++) {
                pauli[j] *= w;
            }
            out[i] = pauli;
        }
        return out;
    }

    /** {@code a (x) b} for 2x2 matrices: {@code a} on local bit 1, {@code b} on local bit 0. */
    private static double[] kron(double[] a, double[] b) {
        double[] m = new double[32];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                int ia = 2 * ((r >> 1) * 2 + (c >> 1));
                int ib = 2 * ((r & 1) * 2 + (c & 1));
                m[2 * (r * 4 + c)] = a[ia] * b[ib] - a[ia + 1] * b[ib + 1];
                m[2 * (r * 4 + c) + 1] = a[ia] * b[ib + 1] + a[ia + 1] * b[ib];
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return "Depolarizing(p=" + p + ", qubits=" + arity() + ")";
    }
}
