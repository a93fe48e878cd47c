package org.jumelage.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.jumelage.documents.DocumentStore;
import org.jumelage.people.SignInGuard;
import org.jumelage.people.SignInProperties;
import org.jumelage.people.UserLookup;
import org.jumelage.shared.SignInTime;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Every request's id, on every log line made while it is served and in its answer (X-Request-Id). */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        // After the character encoding (HIGHEST_PRECEDENCE) and the observation of requests (+ 1).
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Wraps everything: a request that finds the database unreachable gets 503 and a page that needs no database. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailable> databaseUnavailable() {
        FilterRegistrationBean<DatabaseUnavailable> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailable());
        // After the observation of requests (HIGHEST_PRECEDENCE + 1), which then records the 503 the client gets, and
        // the request's id (+ 2), which its log line carries; before the sessions (Spring Session, MIN_VALUE + 50),
        // which are read from the database.
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** Runs before Spring Security, whose CSRF check would otherwise be the first to read an oversized upload. */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(DocumentStore.Settings documents) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(documents.maxSize()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserLookup users,
            SignInGuard signIns,
            Clock clock,
            SignInProperties signIn,
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository>
                    cityProvider,
            CitySignIn.Settings cityAccounts,
            org.jumelage.people.ExternalSignIns externalSignIns,
            org.jumelage.audit.AuditTrail audit)
            throws Exception {
        // Where a person lands after signing in (a page they asked for, else their start page); the session
        // remembers when, for its absolute lifetime and for ending it when the password changes elsewhere.
        SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                SignInTime.record(request.getSession(), clock.instant());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        landing.setDefaultTargetUrl("/office/start");
        CitySessionCheck cityCheck = null;
        if (cityProvider.getIfAvailable() != null) {
            for (Object registration : (Iterable<?>) cityProvider.getObject()) {
                var client = (org.springframework.security.oauth2.client.registration.ClientRegistration) registration;
                if (!client.getScopes().contains("openid")) {
                    throw new IllegalStateException("Single sign-on needs OpenID Connect: add the scope openid to"
                            + " spring.security.oauth2.client.registration." + client.getRegistrationId() + ".scope");
                }
            }
            if (cityAccounts.roles().values().stream().allMatch(java.util.List::isEmpty)) {
                throw new IllegalStateException("Single sign-on is configured (spring.security.oauth2.client), but"
                        + " jumelage.oidc.roles names no group: nobody could sign in with it. Set, for example,"
                        + " jumelage.oidc.roles.admin=<the office's group>.");
            }
            // The person's tokens live in the session (in the database, so every instance has them), not in one
            // instance's memory.
            var tokens = new SessionTokens(cityProvider.getObject());
            http.oauth2Login(login -> login.loginPage("/login")
                    .authorizedClientRepository(tokens)
                    .userInfoEndpoint(info -> info.oidcUserService(CitySignIn.users(cityAccounts, externalSignIns))
                            .userService(CitySignIn.withoutOpenIdConnect()))
                    .successHandler(CitySignIn.landing(landing, audit))
                    .failureHandler(CitySignIn.failure(audit)));
            cityCheck = new CitySessionCheck(cityProvider.getObject(), tokens, clock, cityAccounts.checkEvery());
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/css/**", "/js/**", "/img/**", "/vendor/**", "/webjars/**", "/maps/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/", "/login", "/error")
                        .permitAll()
                        .requestMatchers("/de/**", "/en/**", "/sitemap.xml", "/robots.txt")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/calendar/**", "/open-data/**")
                        .permitAll()
                        // What the installation runs and how its API is described: for the office's staff only.
                        .requestMatchers(
                                "/actuator/info",
                                "/v3/api-docs",
                                "/v3/api-docs.yaml",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .hasAnyRole("ADMIN", "EDITOR", "VIEWER")
                        .requestMatchers(
                                "/office/accounts/**",
                                "/office/organisation/**",
                                "/office/texts/**",
                                "/office/feedback/**",
                                "/office/audit",
                                "/office/audit/**",
                                "/office/privacy",
                                "/office/privacy/**",
                                "/office/search/index")
                        .hasRole("ADMIN")
                        // The office's own part of the staff exchange: programmes, calls and their allocation,
                        // budget, quotas and rates. Refused here, before a form is read (the services refuse too).
                        .requestMatchers(
                                "/office/exchange/programmes/new",
                                "/office/exchange/programmes/*/**",
                                "/office/exchange/calls/new",
                                "/office/exchange/calls/*/**",
                                "/office/exchange/budget",
                                "/office/exchange/budget/**",
                                "/office/exchange/quotas",
                                "/office/exchange/quotas/**",
                                "/office/exchange/rates",
                                "/office/exchange/rates/**")
                        .hasRole("ADMIN")
                        // Staff, HR and partner coordinators use the staff exchange only; each page there checks
                        // what the person may see (a coordinator only their own administration's records).
                        .requestMatchers(
                                "/office",
                                "/office/start",
                                "/office/password",
                                "/office/exchange",
                                "/office/exchange/**",
                                "/office/search")
                        .authenticated()
                        .requestMatchers("/office/**")
                        .hasAnyRole("ADMIN", "EDITOR", "VIEWER")
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage("/login")
                        .failureUrl("/login?error")
                        .successHandler(landing)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(AuditedDenials.recorded(
                        audit, new org.springframework.security.web.access.AccessDeniedHandlerImpl())))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                        + " script-src 'self'; object-src 'none'; frame-ancestors 'none';"
                                        + " base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new SignInThrottleFilter(signIns), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new AccountStateFilter(users, clock, signIn.sessionLifetime()),
                        AnonymousAuthenticationFilter.class);
        if (cityCheck != null) {
            // After the account's own check: a session the account no longer allows ends without asking the provider.
            http.addFilterAfter(cityCheck, AccountStateFilter.class);
        }
        return http.build();
    }
}
