package io.hqml.spark.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --warehouse DIR}: where the Delta lineage tables live (default ./warehouse). */
final class WarehouseOption {
    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "warehouse",
            description = "Delta warehouse directory or URI (default: ${DEFAULT-VALUE}).")
    String warehouse;

    /** Local paths become absolute so lineage records say where the tables are; URIs stay as given. */
    String resolved() {
        if (warehouse.matches("^[A-Za-z][A-Za-z0-9+.-]*:/.*")) {
            return warehouse;
        }
        return Path.of(warehouse).toAbsolutePath().normalize().toString();
    }
}
