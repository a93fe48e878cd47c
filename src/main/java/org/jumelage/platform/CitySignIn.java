package org.jumelage.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.people.ExternalIdentity;
import org.jumelage.people.ExternalSignIns;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in with the city's identity provider (OpenID Connect, ADR 0034), switched on by configuring a client
 * registration ({@code spring.security.oauth2.client.registration.<id>.*}). The provider's groups map to a role, a
 * claim names the unit; the first sign-in makes the account, every later one brings it up to date. From then on the
 * session is like one of the login form: the principal is the account ({@link JumelageUser}), checked against the
 * account at every request (a disabled account is signed out at once).
 */
final class CitySignIn {

    /**
     * {@code jumelage.oidc.*}: the claims that carry the user name, the name, the groups and the unit's code (none: no
     * unit), and per role the groups that give it; the first role in the order of {@link Role} that one of the
     * person's groups gives is theirs. A person whose groups give no role is refused. {@code check-every}: how often a
     * session asks the provider whether it still accepts the person ({@link CitySessionCheck}; 0: at every request).
     *
     * @param usernameClaim the identity provider's claim that carries the user name
     * @param nameClaim the claim that carries the person's name
     * @param groupsClaim the claim that carries the person's groups
     * @param unitClaim the claim that carries the code of the person's unit (none: accounts get no unit)
     * @param roles per role ({@code admin}, {@code editor}, {@code viewer}, {@code staff}, {@code hr}, {@code
     *     partner-coordinator}), the provider's groups that give it, e.g. {@code jumelage.oidc.roles.admin=jumelage-admins};
     *     the first role in this order that one of the person's groups gives is theirs, a person with none is refused
     * @param checkEvery how often a signed-in session asks the provider whether it still accepts the person ({@code
     *     PT0S}: at every request); a person disabled there is signed out at the next request after it
     */
    @ConfigurationProperties("jumelage.oidc")
    record Settings(
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("name") String nameClaim,
            @DefaultValue("groups") String groupsClaim,
            String unitClaim,
            Map<Role, List<String>> roles,
            @DefaultValue("PT1M") java.time.Duration checkEvery) {

        Settings {
            roles = roles == null || roles.isEmpty() ? Map.of() : new EnumMap<>(roles);
            if (checkEvery.isNegative()) {
                throw new IllegalArgumentException("jumelage.oidc.check-every must be 0 or more; found " + checkEvery);
            }
        }

        Role roleOf(Collection<String> groups) {
            for (Role role : Role.values()) {
                List<String> giving = roles.getOrDefault(role, List.of());
                if (giving.stream().anyMatch(groups::contains)) {
                    return role;
                }
            }
            return null;
        }
    }

    /** The provider's person, mapped to an account of this installation. */
    static final class CityUser extends DefaultOidcUser {

        private final JumelageUser account;

        CityUser(OidcUser user, JumelageUser account, String nameClaim) {
            super(account.getAuthorities(), user.getIdToken(), user.getUserInfo(), nameClaim);
            this.account = account;
        }

        JumelageUser account() {
            return account;
        }
    }

    /** The reasons a sign-in is refused, each a message {@code login.oidc.<reason>} on the login page. */
    static final Set<String> REASONS = Set.of(
            "noRole",
            "noUsername",
            "badUsername",
            "unknownUnit",
            "disabled",
            "usernameTaken",
            "notAccepted",
            "failed",
            "ended");

    private CitySignIn() {}

    static OAuth2UserService<OidcUserRequest, OidcUser> users(Settings settings, ExternalSignIns signIns) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            List<String> groups = user.getClaimAsStringList(settings.groupsClaim());
            Role role = settings.roleOf(groups == null ? List.of() : groups);
            if (role == null) {
                throw refused("noRole");
            }
            String username = user.getClaimAsString(settings.usernameClaim());
            if (username == null || username.isBlank()) {
                throw refused("noUsername");
            }
            String name = user.getClaimAsString(settings.nameClaim());
            String unit = settings.unitClaim() == null ? null : user.getClaimAsString(settings.unitClaim());
            try {
                JumelageUser account = signIns.signIn(new ExternalIdentity(
                        user.getIssuer().toString(),
                        user.getSubject(),
                        username.strip(),
                        name == null || name.isBlank() ? username.strip() : name.strip(),
                        user.getEmail(),
                        role,
                        unit));
                return new CityUser(user, account, settings.usernameClaim());
            } catch (ExternalSignIns.Refused refusal) {
                throw refused(refusal.reason().substring("login.oidc.".length()));
            }
        };
    }

    /** A provider signed in without OpenID Connect (no {@code openid} scope) gives no groups: always refused. */
    static OAuth2UserService<
                    org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest,
                    org.springframework.security.oauth2.core.user.OAuth2User>
            withoutOpenIdConnect() {
        return request -> {
            throw refused("failed");
        };
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error("jumelage_" + reason), reason);
    }

    /**
     * After the provider's sign-in: the session's principal becomes the account, as after the login form, and the
     * person lands where the login form would send them.
     */
    static AuthenticationSuccessHandler landing(
            AuthenticationSuccessHandler formLanding, org.jumelage.audit.AuditTrail audit) {
        SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            JumelageUser account = ((CityUser) authentication.getPrincipal()).account();
            // The audit trail's entry names the account (Spring Security's event only knows the provider's user).
            audit.recordFor(
                    account.getUsername(),
                    org.jumelage.audit.AuditAction.SIGNED_IN,
                    "Account",
                    String.valueOf(account.accountId()),
                    java.util.Map.of("method", "single sign-on"));
            UsernamePasswordAuthenticationToken signedIn =
                    UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
            formLanding.onAuthenticationSuccess(request, response, signedIn);
        };
    }

    /** A refused or failed sign-in goes back to the login page, which says why. */
    static AuthenticationFailureHandler failure(org.jumelage.audit.AuditTrail audit) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            String reason = "failed";
            if (failure instanceof OAuth2AuthenticationException oauth
                    && oauth.getError().getErrorCode().startsWith("jumelage_")) {
                reason = oauth.getError().getErrorCode().substring("jumelage_".length());
            }
            // Spring Security publishes no event for these (no mapping of OAuth2AuthenticationException): recorded
            // here, without a user name (the provider's is not one of ours).
            audit.recordFor(
                    "(single sign-on)",
                    org.jumelage.audit.AuditAction.SIGN_IN_FAILED,
                    null,
                    null,
                    java.util.Map.of("method", "single sign-on", "reason", reason));
            redirect(response, request.getContextPath() + "/login?oidc=" + reason);
        };
    }

    private static void redirect(HttpServletResponse response, String location) throws IOException {
        response.sendRedirect(location);
    }
}
