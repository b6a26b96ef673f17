package org.lifecircle.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.store.user.Role;
import org.lifecircle.store.user.User;
import org.lifecircle.web.problem.UnknownIdException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Users and tokens, for admins ({@code /api/admin/**} needs role ADMIN, see {@link AccessRules}). */
@RestController
@Tag(name = "admin", description = "Users and API tokens (admins only)")
public class AdminController {

    private final Accounts accounts;

    public AdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "Every user with role, state and tokens (never the token texts)")
    public List<Map<String, Object>> users() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (User u : accounts.list()) out.add(AuthResponses.user(u, accounts.store().tokens(u.name())));
        return out;
    }

    @PostMapping("/api/admin/users")
    @Operation(summary = "Add a user: name, role (viewer, planner, admin), password (at least 8 characters)")
    public ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) UserRequest body) {
        if (body == null) throw InputException.of("body", "a JSON object with name, role and password is required");
        if (body.name() == null) throw InputException.of("name", "is required");
        Role role = Role.parse("role", body.role());
        User u = accounts.create(body.name(), role, body.password());
        if (Boolean.TRUE.equals(body.disabled())) u = accounts.update(u.name(), null, null, true);
        return ResponseEntity.status(HttpStatus.CREATED).body(AuthResponses.user(u, List.of()));
    }

    @PutMapping("/api/admin/users/{name}")
    @Operation(summary = "Change a user's role, password or disabled flag (fields left out stay as they are)")
    public Map<String, Object> update(@PathVariable String name, @RequestBody(required = false) UserRequest body) {
        existing(name);
        if (body == null) throw InputException.of("body", "a JSON object with role, password or disabled is required");
        Role role = body.role() == null ? null : Role.parse("role", body.role());
        User u = accounts.update(name, role, body.password(), body.disabled());
        return AuthResponses.user(u, accounts.store().tokens(name));
    }

    @PostMapping("/api/admin/users/{name}/tokens")
    @Operation(summary = "Issue an API token for the user; the token is shown once")
    public ResponseEntity<Map<String, Object>> token(@PathVariable String name,
                                                     @RequestBody(required = false) TokenRequest body) {
        boolean mustChange = existing(name).mustChangePassword();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(AuthResponses.issued(accounts.issueToken(name, body == null ? null : body.label()), mustChange));
    }

    @DeleteMapping("/api/admin/tokens/{id}")
    @Operation(summary = "Revoke a token at once")
    public ResponseEntity<Void> revoke(@PathVariable long id) {
        if (!accounts.revokeToken(id)) throw new UnknownIdException("token", Long.toString(id));
        return ResponseEntity.noContent().build();
    }

    private User existing(String name) {
        return accounts.store().find(name).orElseThrow(() -> new UnknownIdException("user", name));
    }
}
