package org.lifecircle.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lifecircle.io.InputException;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.user.IssuedToken;
import org.lifecircle.store.user.Role;
import org.lifecircle.store.user.TokenInfo;
import org.lifecircle.store.user.User;
import org.lifecircle.web.security.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code user add|list|token|passwd}: the users of a workspace, for scripts and for the admin who
 * cannot sign in. Works on the embedded workspace folder or a {@code --store} URL; the embedded
 * database cannot be open in a running server at the same time (exit 2 says so). A new token or a
 * generated password is printed once and never again.
 */
@Command(name = "user", description = "Manage the users and API tokens of a workspace.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Token.class, UserCommand.Passwd.class})
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** How a new password is given: one line on stdin, or generated and printed once. */
    static final class PasswordOption {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input"
                + " (at least " + Passwords.MIN_LENGTH + " characters); without it a random one is generated and printed once.")
        boolean fromStdin;

        String password() {
            if (!fromStdin) return null;
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) throw InputException.of("--password-stdin", "standard input is empty");
                Passwords.check("--password-stdin", line);
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("reading the password from standard input", e);
            }
        }
    }

    @Command(name = "add", description = "Add a user with a role (viewer, planner, admin).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOptions where;

        @Mixin
        PasswordOption passwordOption;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name: letters, digits, . _ @ - (at most 64).")
        String name;

        @Option(names = "--role", required = true, description = "viewer, planner or admin.")
        String role;

        @Override
        public Integer call() {
            Role r = Role.parse("--role", role);
            String given = passwordOption.password();
            String password = given != null ? given : Passwords.random();
            try (Workspace ws = where.open()) {
                User u = ws.users().create(name, r, Passwords.encoder().encode(password));
                PrintWriter out = spec.commandLine().getOut();
                out.println("added user " + u.name() + ", role " + u.role() + ", in " + ws.location());
                if (given == null) out.println("password: " + password);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the users with role, state and tokens.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOptions where;

        @Override
        public Integer call() {
            try (Workspace ws = where.open()) {
                Map<String, List<TokenInfo>> tokens = ws.users().tokens(null).stream()
                        .collect(Collectors.groupingBy(TokenInfo::user));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-24s %-8s %-8s %-20s %s%n", "name", "role", "state", "created", "tokens");
                for (User u : ws.users().list()) {
                    out.printf("%-24s %-8s %-8s %-20s %d%n", u.name(), u.role(), u.disabled() ? "disabled" : "enabled",
                            u.createdAt().toString().substring(0, 19), tokens.getOrDefault(u.name(), List.of()).size());
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "token", description = "Issue an API token for a user; prints only the token (once) on stdout.")
    static final class Token implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOptions where;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user the token acts as.")
        String name;

        @Option(names = "--label", description = "What the token is for (shown in the admin's list).")
        String label;

        @Override
        public Integer call() {
            try (Workspace ws = where.open()) {
                IssuedToken t = ws.users().issueToken(name, label);
                spec.commandLine().getErr().println("token " + t.info().id() + " for " + t.info().user() + " (" + t.role()
                        + "): send it as 'Authorization: Bearer <token>'; it is not shown again");
                spec.commandLine().getErr().flush();
                spec.commandLine().getOut().println(t.token());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "passwd", description = "Set a user's password (and enable the user).")
    static final class Passwd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOptions where;

        @Mixin
        PasswordOption passwordOption;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
        String name;

        @Override
        public Integer call() {
            String given = passwordOption.password();
            String password = given != null ? given : Passwords.random();
            try (Workspace ws = where.open()) {
                ws.users().get(name);
                ws.users().update(name, null, Passwords.encoder().encode(password), false);
                PrintWriter out = spec.commandLine().getOut();
                out.println("password of " + name + " changed; the user is enabled");
                if (given == null) out.println("password: " + password);
                out.flush();
            }
            return 0;
        }
    }
}
