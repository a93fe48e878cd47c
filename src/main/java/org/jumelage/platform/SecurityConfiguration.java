package org.jumelage.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/css/**", "/js/**", "/img/**", "/vendor/**", "/webjars/**", "/maps/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/", "/login", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/api/v1/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/office/accounts/**", "/office/organisation/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/office/**")
                        .hasAnyRole("ADMIN", "EDITOR", "VIEWER")
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage("/login")
                        .failureUrl("/login?error")
                        .defaultSuccessUrl("/office", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                        + " script-src 'self'; object-src 'none'; frame-ancestors 'none';"
                                        + " base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new PasswordChangeFilter(), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
