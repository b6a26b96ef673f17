package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.web.WebApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * FEATURE UNDER TEST: {@code serve} on a new workspace with no configured password: the whole app
 * starts with security on and stderr gets exactly one first-start line; started again on the same
 * workspace it prints none. (Runs the real application twice, as the command line does.)
 */
class FirstStartAppTest {

    @TempDir
    Path workspace;

    @Test
    void thePasswordLineAppearsOnTheFirstStartOnly() {
        assertEquals(1, firstStartLines(startAndStop()), "first start");
        assertEquals(0, firstStartLines(startAndStop()), "second start");
    }

    private String startAndStop() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext app = WebApplication.start(null, null, workspace, 0)) {
            assertTrue(app.isActive());
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static long firstStartLines(String stderr) {
        List<String> lines = stderr.lines().filter(l -> l.contains("first start")).toList();
        for (String l : lines) assertTrue(l.startsWith(FirstStart.LINE_PREFIX + " "), l);
        return lines.size();
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int x) throws java.io.IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
