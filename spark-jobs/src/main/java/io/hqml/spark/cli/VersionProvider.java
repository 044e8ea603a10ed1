package io.hqml.spark.cli;

import io.hqml.spark.job.CodeVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {CodeVersion.get()};
    }
}
