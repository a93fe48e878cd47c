package org.jumelage.platform;

import org.jumelage.people.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own security (ADR 0029), before the pages': everything under {@code /api/v1/} (and the metrics at
 * {@code /actuator/prometheus}, for an administrator's read token) is stateless. The public
 * records are open to anyone; {@code /api/v1/office/} needs an access token, {@code SCOPE_read} to read and
 * {@code SCOPE_write} to change. A browser's session counts for nothing here (its cookie is never read), so no page
 * can be made to write through the API: no CSRF token is needed, as none of these requests is authorised by a cookie.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http, ApiTokens tokens, ApiRateLimit limits, org.jumelage.audit.AuditTrail audit)
            throws Exception {
        http.securityMatcher("/api/v1/**", "/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS, "/api/v1/**")
                        .permitAll()
                        // The metrics, for a monitoring system's read token of an administrator's account.
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .access(org.springframework.security.authorization.AuthorizationManagers.allOf(
                                org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority(
                                        "SCOPE_read"),
                                org.springframework.security.authorization.AuthorityAuthorizationManager.hasRole(
                                        "ADMIN")))
                        .requestMatchers("/actuator/prometheus")
                        .denyAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/office/**")
                        .hasAuthority("SCOPE_read")
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/office/**")
                        .hasAuthority("SCOPE_read")
                        .requestMatchers("/api/v1/office/**")
                        .hasAuthority("SCOPE_write")
                        // Everything else is public and only reads: every operation that writes lives under
                        // /api/v1/office/ (ApiContractTests fails on a public one that does not only read), so
                        // another method on a public address is MVC's 405, not a request for a token.
                        .anyRequest()
                        .permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, denied) -> BearerTokens.unauthorized(
                                        request, response, null, "This address needs an access token (Bearer)."))
                        .accessDeniedHandler(AuditedDenials.recorded(
                                audit,
                                (request, response, denied) -> ProblemResponses.write(
                                        request,
                                        response,
                                        403,
                                        "Forbidden",
                                        "The access token's scope or its account's rights do not allow this"
                                                + " request."))))
                .addFilterBefore(new BearerTokens(tokens, limits), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
