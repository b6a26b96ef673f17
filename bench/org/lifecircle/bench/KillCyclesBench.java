package org.lifecircle.bench;

import java.nio.file.Path;
import java.util.Random;
import org.lifecircle.crash.KillCycles;

/**
 * SIGKILL-and-restart cycles on a server process ({@code bench/kill-cycles N}): the kill-restart
 * test's harness with N cycles. Prints one line per cycle and the totals: cycles survived, writes
 * acknowledged, writes lost (must be 0). Exit code 1 when a cycle found a problem.
 * Arguments: {@code [cycles=20] [seed]}; the work folder is {@code target/kill-cycles/<seed>}.
 */
public final class KillCyclesBench {

    private KillCyclesBench() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : new Random().nextLong();
        Path work = Path.of("target", "kill-cycles", Long.toUnsignedString(seed, 36)).toAbsolutePath();
        System.out.println("kill cycles: " + cycles + " cycles, seed " + seed + ", work folder " + work);
        KillCycles.Report report = KillCycles.run(work, Path.of("gis-data").toAbsolutePath(), cycles, seed, System.out);
        System.out.println(report.summary());
        for (String problem : report.problems()) System.out.println("problem: " + problem);
        System.exit(report.problems().isEmpty() && report.lost() == 0 && report.survived() == cycles ? 0 : 1);
    }
}
