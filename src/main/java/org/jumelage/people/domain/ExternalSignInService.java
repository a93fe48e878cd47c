package org.jumelage.people.domain;

import java.util.Objects;
import java.util.Optional;
import org.jumelage.people.ExternalIdentity;
import org.jumelage.people.ExternalSignIns;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of single sign-on (ADR 0034): found by the provider and the person's identifier there, made at the first
 * sign-in, brought up to date at every later one. The provider is the source of name, e-mail address, role and unit;
 * this installation still decides whether the account is enabled, and refuses what it would refuse an administrator
 * (a role with the wrong kind of unit, leaving no administrator).
 */
@Service
@Transactional
class ExternalSignInService implements ExternalSignIns {

    private final AccountRepository accounts;
    private final OrgUnitRepository units;
    private final AccountService service;

    ExternalSignInService(AccountRepository accounts, OrgUnitRepository units, AccountService service) {
        this.accounts = accounts;
        this.units = units;
        this.service = service;
    }

    /** The user names an administrator may give (NewAccountForm): no look-alike letters, nothing too long. */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{3,60}");

    @Override
    public JumelageUser signIn(ExternalIdentity identity) {
        if (identity.username() == null
                || !USERNAME.matcher(identity.username()).matches()) {
            throw new Refused("login.oidc.badUsername", "user name not accepted");
        }
        if (identity.subject() == null
                || identity.subject().length() > 255
                || identity.issuer().length() > 500
                || identity.displayName().length() > 120
                || (identity.email() != null && identity.email().length() > 250)) {
            throw new Refused("login.oidc.notAccepted", "a claim is too long");
        }
        Long unitId = null;
        if (identity.unitCode() != null) {
            unitId = units.findByCode(identity.unitCode())
                    .map(OrgUnit::getId)
                    .orElseThrow(() -> new Refused("login.oidc.unknownUnit", "no unit " + identity.unitCode()));
        }
        Optional<Account> linked = accounts.findByOidcIssuerAndOidcSubject(identity.issuer(), identity.subject());
        Account account;
        try {
            if (linked.isPresent()) {
                account = linked.get();
                if (!account.isEnabled()) {
                    throw new Refused("login.oidc.disabled", "account " + account.getId() + " is disabled");
                }
                if (!Objects.equals(account.getDisplayName(), identity.displayName())
                        || !Objects.equals(account.getEmail(), identity.email())
                        || account.getRole() != identity.role()
                        || !Objects.equals(account.getUnitId(), unitId)) {
                    service.update(
                            account.getId(),
                            account.getVersion(),
                            identity.displayName(),
                            identity.email(),
                            identity.role(),
                            unitId);
                }
            } else {
                if (accounts.existsByErasedIdentityDigest(
                        Account.identityDigest(identity.issuer(), identity.subject()))) {
                    // The person's account was erased (on request, or after it was left disabled): single sign-on
                    // does not make a new one, which would undo the administrator's decision (ADR 0037).
                    throw new Refused("login.oidc.disabled", "the account of this identity was erased");
                }
                if (accounts.existsByUsernameIgnoreCase(identity.username())) {
                    // Never take over an account of the same name: the provider's names are not this installation's.
                    throw new Refused("login.oidc.usernameTaken", "user name taken: " + identity.username());
                }
                account = service.create(
                        identity.username(),
                        identity.displayName(),
                        identity.email(),
                        identity.role(),
                        unitId,
                        service.generatePassword() + service.generatePassword(),
                        false);
                account.linkExternal(identity.issuer(), identity.subject());
            }
        } catch (RuleViolation violation) {
            throw new Refused("login.oidc.notAccepted", violation.messageKey());
        } catch (org.jumelage.shared.EditConflict | org.springframework.dao.DataIntegrityViolationException race) {
            // The same person's first sign-in in two tabs at once, or an administrator's change in between.
            throw new Refused("login.oidc.failed", race.getClass().getSimpleName());
        }
        JumelageUser user = service.loadUser(account.getUsername()).orElseThrow();
        // The session keeps the person, never the (unused) password's hash.
        user.eraseCredentials();
        return user;
    }
}
