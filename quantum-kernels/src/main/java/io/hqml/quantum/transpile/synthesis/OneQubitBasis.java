package io.hqml.quantum.transpile.synthesis;

import java.util.Set;

/**
 * The Euler decomposition a target's one-qubit basis admits, in order of preference when several fit.
 * Every one writes {@code U = e^{i alpha} RZ(phi) RY(theta) RZ(lambda)} (global phase dropped) as:
 * <ul>
 *   <li>{@link #ZSX} ({@code rz, sx}, plus {@code x} when present): {@code rz(lambda) sx rz(theta+pi) sx
 *       rz(phi+pi)} (IBM's virtual-Z form), one {@code sx} when {@code theta = pi/2}, {@code x rz} when
 *       {@code theta = pi} and {@code x} is in the basis.</li>
 *   <li>{@link #ZYZ} ({@code rz, ry}): {@code rz(lambda) ry(theta) rz(phi)}.</li>
 *   <li>{@link #ZXZ} ({@code rz, rx}): {@code rz(lambda - pi/2) rx(theta) rz(phi + pi/2)}.</li>
 *   <li>{@link #U} ({@code u}): {@code u(theta, phi, lambda)}.</li>
 *   <li>{@link #GPI} ({@code gpi, gpi2}, IonQ): {@code gpi2(-lambda) gpi((phi - lambda - theta)/2) gpi2(phi)},
 *       a pair of {@code gpi} for a Z rotation, one {@code gpi} for {@code theta = pi}.</li>
 * </ul>
 */
public enum OneQubitBasis {
    ZSX, ZYZ, ZXZ, U, GPI;

    /** The preferred decomposition for a basis (lower-case names), or null when none fits. */
    public static OneQubitBasis forBasis(Set<String> basis) {
        if (basis.contains("rz") && basis.contains("sx")) {
            return ZSX;
        }
        if (basis.contains("rz") && basis.contains("ry")) {
            return ZYZ;
        }
        if (basis.contains("rz") && basis.contains("rx")) {
            return ZXZ;
        }
        if (basis.contains("u")) {
            return U;
        }
        if (basis.contains("gpi") && basis.contains("gpi2")) {
            return GPI;
        }
        return null;
    }
}
