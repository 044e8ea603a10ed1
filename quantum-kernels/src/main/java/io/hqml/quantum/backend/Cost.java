package io.hqml.quantum.backend;

import java.util.Objects;

/**
 * What a job cost, in the unit the backend bills in. Providers expose usage rather than prices (IBM reports
 * {@code usage.qpu_charge_time_seconds}), so the unit is part of the value: {@code qpu_seconds} for the
 * emulated cloud, {@code none} (amount 0) for local simulators.
 */
public record Cost(double amount, String unit) {
    /** Unit of free local simulation. */
    public static final String NONE = "none";
    /** Billed device seconds (IBM's {@code qpu_charge_time_seconds}). */
    public static final String QPU_SECONDS = "qpu_seconds";

    public Cost {
        Objects.requireNonNull(unit, "unit");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("cost must be finite and >= 0, got " + amount);
        }
    }

    public static Cost free() {
        return new Cost(0, NONE);
    }
}
