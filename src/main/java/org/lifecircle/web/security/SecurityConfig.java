package org.lifecircle.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Set;
import org.lifecircle.store.Workspace;
import org.lifecircle.web.path.RoutedPath;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The access control of the web app (security contract of issue #7): bearer tokens for API
 * clients, a session cookie (HttpOnly, SameSite=Lax) with CSRF protection for the browser, roles by
 * method and routed path ({@link AccessRules}, {@link RoutedPath}), 401 / 403 as problem+json
 * ({@link ProblemResponses}), a strict firewall, and the browser-hardening headers
 * ({@link SecurityHeaders}). The session and CSRF cookies are {@code Secure} when the request came
 * over HTTPS ({@code server.ssl.*}): Tomcat and Spring Security's cookie repository follow
 * {@code request.isSecure()}.
 * There is no switch to turn it off; {@code lifecircle.security.anonymous-read=true} only lets
 * anonymous clients read (GET), never write. On start the workspace gets its first admin if it has
 * no user ({@link FirstStart}).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    @Bean
    public PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    public SignInThrottle signInThrottle(
            @Value("${lifecircle.security.sign-in.free-failures:5}") int freeFailures,
            @Value("${lifecircle.security.sign-in.first-delay:1s}") Duration firstDelay,
            @Value("${lifecircle.security.sign-in.max-delay:15m}") Duration maxDelay,
            @Value("${lifecircle.security.sign-in.forget-after:1h}") Duration forgetAfter,
            @Value("${lifecircle.security.sign-in.address-per-minute:10}") double addressPerMinute,
            @Value("${lifecircle.security.sign-in.address-burst:30}") int addressBurst,
            @Value("${lifecircle.security.sign-in.max-tracked:100000}") int maxTracked) {
        return new SignInThrottle(new SignInThrottle.Settings(freeFailures, firstDelay, maxDelay, forgetAfter,
                addressPerMinute, addressBurst, maxTracked));
    }

    @Bean
    public Accounts accounts(Workspace workspace, PasswordEncoder encoder, SignInThrottle throttle,
                             @Value("${lifecircle.security.admin-password:${LIFECIRCLE_ADMIN_PASSWORD:}}") String adminPassword) {
        FirstStart.ensureAdmin(workspace.users(), encoder, adminPassword, System.err);
        return new Accounts(workspace.users(), encoder, throttle);
    }

    /** Password sign-in (login page, Basic on {@code POST /api/auth/token}); also keeps Boot from inventing a default user. */
    @Bean
    public AuthenticationProvider passwordAuthentication(Accounts accounts) {
        return new AuthenticationProvider() {
            @Override
            public org.springframework.security.core.Authentication authenticate(
                    org.springframework.security.core.Authentication request) {
                String name = request.getName();
                Object credentials = request.getCredentials();
                return accounts.checkPassword(name, credentials == null ? null : credentials.toString())
                        .map(AccessFilter::authentication)
                        .orElseThrow(() -> new BadCredentialsException("wrong user name or password"));
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    @Bean
    public CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    public AccessRules accessRules(@Value("${lifecircle.security.anonymous-read:false}") boolean anonymousRead) {
        return new AccessRules(anonymousRead, StaticFiles.served());
    }

    @Bean
    public SecurityHeaders securityHeaders(@Value("${lifecircle.tiles.osm:false}") boolean osmTiles,
                                           @Value("${lifecircle.tiles.tianditu-key:}") String tiandituKey) {
        return new SecurityHeaders(osmTiles, !tiandituKey.isBlank());
    }

    @Bean
    public ProblemResponses problemResponses(ObjectMapper json, AccessRules rules, SecurityHeaders headers) {
        return new ProblemResponses(json, rules, headers);
    }

    /**
     * Spring Security's strict firewall, refusing also every percent-encoded unreserved character
     * ({@code %61} for {@code a} …): such a path has a second spelling that raw-URI checks would
     * misread ({@code /%61pi/admin/users}, issue #18). Its refusals are 400 problem+json
     * ({@link ProblemResponses}).
     */
    @Bean
    public HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.getEncodedUrlBlocklist().addAll(RoutedPath.ENCODED_UNRESERVED);
        return firewall;
    }

    @Bean
    public WebSecurityCustomizer strictFirewall(HttpFirewall firewall, ProblemResponses problems) {
        return web -> web.httpFirewall(firewall).requestRejectedHandler(problems);
    }

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, ProblemResponses problems,
                                                   CookieCsrfTokenRepository csrfTokens, AccessRules accessRules,
                                                   SecurityHeaders securityHeaders)
            throws Exception {
        // The page reads the XSRF-TOKEN cookie and sends it back as it is: no per-response masking.
        CsrfTokenRequestAttributeHandler plainTokens = new CsrfTokenRequestAttributeHandler();
        http
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(plainTokens)
                        .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                .addFilterAfter(new AccessFilter(accounts, problems), SecurityContextHolderFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .authorizeHttpRequests(rules -> rules.anyRequest().access(accessRules))
                .headers(headers -> headers.addHeaderWriter(securityHeaders))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout
                        .logoutUrl("/api/auth/logout")
                        .logoutSuccessHandler((request, response, auth) -> response.setStatus(HttpServletResponse.SC_NO_CONTENT)))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * Writes need the CSRF token unless they carry a bearer token (browsers never add one by
     * themselves) or are the Basic-authenticated token request.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) return false;
        if (AccessFilter.hasBearer(request)) return false;
        return !RoutedPath.of(request).value().equals("/api/auth/token");
    }
}
