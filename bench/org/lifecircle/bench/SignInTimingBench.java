package org.lifecircle.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.user.Role;
import org.lifecircle.web.security.Accounts;
import org.lifecircle.web.security.Passwords;
import org.lifecircle.web.security.SignInThrottle;

/**
 * Does a locked account answer as fast (or as slow) as a wrong password? Times
 * {@link Accounts#checkPassword} on the embedded store, interleaved so machine load hits both
 * alike (the lock is set to an hour so it lasts the run): a wrong password for an unlocked account (a fresh account every 4 guesses, under the 5
 * free failures), a wrong and a right password for a locked account, and an unknown user name.
 * Prints the median and the 10th/90th percentiles in ms. Usage: {@code bench/run SignInTimingBench [rounds=40]}.
 */
public final class SignInTimingBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        try (Workspace ws = Workspace.open(null, Files.createTempDirectory("sign-in-bench"))) {
            SignInThrottle.Settings d = SignInThrottle.DEFAULTS;
            SignInThrottle hourLock = new SignInThrottle(new SignInThrottle.Settings(d.freeFailures(), Duration.ofHours(1),
                    Duration.ofHours(1), d.forgetAfter(), d.addressPerMinute(), d.addressBurst(), d.maxTracked()));
            Accounts accounts = new Accounts(ws.users(), Passwords.encoder(), hourLock);
            String password = "bench-sign-in-kiwi-9";
            accounts.create("locked", Role.VIEWER, password);
            for (int i = 0; i < 5; i++) accounts.checkPassword("locked", "wrong-" + i);
            long[] wrongUnlocked = new long[rounds];
            long[] wrongLocked = new long[rounds];
            long[] rightLocked = new long[rounds];
            long[] unknown = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                String fresh = "open-" + (i / 4);
                if (i % 4 == 0) accounts.create(fresh, Role.VIEWER, password);
                wrongUnlocked[i] = time(() -> accounts.checkPassword(fresh, "wrong-guess"), false);
                wrongLocked[i] = time(() -> accounts.checkPassword("locked", "wrong-guess"), false);
                rightLocked[i] = time(() -> accounts.checkPassword("locked", password), false);
                String nobody = "nobody-" + i;
                unknown[i] = time(() -> accounts.checkPassword(nobody, "wrong-guess"), false);
            }
            print("wrong password, account not locked", wrongUnlocked);
            print("wrong password, account locked", wrongLocked);
            print("right password, account locked", rightLocked);
            print("unknown user name", unknown);
        }
    }

    private static long time(java.util.function.Supplier<java.util.Optional<?>> check, boolean expected) {
        long t0 = System.nanoTime();
        boolean present = check.get().isPresent();
        long ns = System.nanoTime() - t0;
        if (present != expected) throw new IllegalStateException("unexpected answer");
        return ns;
    }

    private static void print(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("%-38s median %6.1f ms   p10 %6.1f   p90 %6.1f   (n=%d)%n", what, s[s.length / 2] / 1e6,
                s[s.length / 10] / 1e6, s[s.length * 9 / 10] / 1e6, s.length);
    }
}
