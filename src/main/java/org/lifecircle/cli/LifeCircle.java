package org.lifecircle.cli;

import java.io.PrintWriter;
import org.lifecircle.io.InputException;
import org.lifecircle.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code lifecircle.jar}: a picocli command line whose subcommands are the
 * stable contract of DESIGN.md. Exit codes: 0 success, 2 bad input (one line naming the file
 * and row/feature), 1 an internal failure.
 */
@Command(name = "lifecircle", mixinStandardHelpOptions = true, version = "LifeCircle 0.1",
        description = "15-minute life-circle coverage and site selection for public services.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            EvaluateCommand.class,
            OdCommand.class,
            RoundsCommand.class,
            IsochroneCommand.class,
            SiteCommand.class,
            ImportCommand.class,
            UserCommand.class,
        })
public final class LifeCircle implements Runnable {

    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
        System.exit(run(args));
    }

    /** Runs the command line without exiting the JVM; returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LifeCircle());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            PrintWriter err = line.getErr();
            InputException input = findInputException(ex);
            if (input != null) {
                err.println("error: " + input.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof StoreException store) {
                err.println("error: " + store.getMessage());
                return 1;
            }
            err.println("internal error: " + ex);
            if (Boolean.getBoolean("lifecircle.debug")) ex.printStackTrace(err);
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static InputException findInputException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputException ie) return ie;
        }
        return null;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
