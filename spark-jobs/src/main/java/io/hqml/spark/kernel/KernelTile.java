package io.hqml.spark.kernel;

import java.io.Serializable;

/**
 * One computed block of a kernel matrix: rows {@code [rowStart, rowStart + rows)} by columns
 * {@code [colStart, colStart + cols)}, row-major values.
 */
public record KernelTile(int rowStart, int rows, int colStart, int cols, double[] values) implements Serializable {
}
