package io.hqml.spark.cli;

import io.hqml.spark.errors.HqmlException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hqml} command line (also the main class of the job jar for spark-submit). Every user
 * error ends as one line {@code error [CODE]: ...} on stderr and exit code 2; internal failures exit 1.
 */
@Command(name = "hqml", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Hybrid quantum-classical machine learning as Spark batch jobs.",
        subcommands = {RunCommand.class, KernelCommand.class, RunsCommand.class, DatasetsCommand.class, BenchCommand.class,
                TranspileCommand.class})
public final class HqmlMain implements Runnable {
    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: run, kernel, runs, datasets, bench or transpile");
    }

    public static void main(String[] args) {
        int code = execute(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (tests call this; main exits with it). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new HqmlMain());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            HqmlException user = userError(e);
            if (user != null) {
                cmd.getErr().println(user.oneLine());
                return USER_ERROR;
            }
            cmd.getErr().println("error [INTERNAL]: " + e + " (please report this with the stack trace below)");
            e.printStackTrace(cmd.getErr());
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error [USAGE]: " + e.getMessage() + "; see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            return USER_ERROR;
        });
        return cli.execute(args);
    }

    /** Finds an HqmlException however deep Spark wrapped it (e.g. thrown inside a task). */
    private static HqmlException userError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HqmlException h) {
                return h;
            }
        }
        return null;
    }
}
