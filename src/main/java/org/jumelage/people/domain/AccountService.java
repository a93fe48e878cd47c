package org.jumelage.people.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.UserLookup;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creation by administrators, passwords, lock-out after repeated failed logins. */
@Service
@Transactional
public class AccountService implements UserLookup, StaffDirectory {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final OrgUnitRepository units;
    private final OrganisationService organisation;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SignInThrottle signIns;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            AccountRepository accounts,
            OrgUnitRepository units,
            OrganisationService organisation,
            PasswordEncoder passwordEncoder,
            Clock clock,
            SignInThrottle signIns) {
        this.accounts = accounts;
        this.units = units;
        this.organisation = organisation;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.signIns = signIns;
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    /** How many accounts the account list shows at a time. */
    public static final int PAGE_SIZE = 50;

    /** A page of the accounts whose user name, name or e-mail address contains the text (any case), by user name. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Account> search(String text, int page) {
        return accounts.findMatching(
                containing(text), org.springframework.data.domain.PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    /** A like pattern for a text anywhere, any case, its wildcards taken literally (escape character backslash). */
    private static String containing(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Transactional(readOnly = true)
    public Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
    }

    @Transactional(readOnly = true)
    public Optional<JumelageUser> loadUser(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(Account::toUser);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<JumelageUser> currentState(String username) {
        Optional<JumelageUser> user = loadUser(username);
        user.ifPresent(JumelageUser::eraseCredentials);
        return user;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> emailAddresses(Role role) {
        return accounts.findByRoleAndEnabledTrue(role).stream()
                .sorted(java.util.Comparator.comparing(Account::getUsername))
                .map(Account::getEmail)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staff() {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .filter(Account::isEnabled)
                .map(AccountService::member)
                .sorted(java.util.Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> find(String text, java.util.Set<Role> without, int limit) {
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        String pattern = containing(text);
        var first = org.springframework.data.domain.PageRequest.of(0, limit);
        // "not in" an empty list is not valid SQL everywhere: without roles to leave out, the query without the clause.
        List<Account> found = without.isEmpty()
                ? accounts.findEnabledMatching(pattern, first)
                : accounts.findEnabledMatchingWithout(pattern, without, first);
        return found.stream().map(AccountService::member).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> find(
            String text, java.util.Set<Role> without, java.util.Collection<Long> inUnits, int limit) {
        if (text == null || text.isBlank() || limit < 1 || inUnits.isEmpty() || without.isEmpty()) {
            return List.of();
        }
        return accounts
                .findEnabledMatchingInUnits(
                        containing(text), without, inUnits, org.springframework.data.domain.PageRequest.of(0, limit))
                .stream()
                .map(AccountService::member)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> activeMember(long accountId, java.util.Set<Role> without) {
        return accounts.findById(accountId)
                .filter(Account::isEnabled)
                .filter(account -> !without.contains(account.getRole()))
                .map(AccountService::member);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staffOfUnits(java.util.Collection<Long> unitIds) {
        return unitIds.isEmpty()
                ? List.of()
                : accounts.findByEnabledTrueAndUnitIdInOrderByDisplayNameAsc(unitIds).stream()
                        .map(AccountService::member)
                        .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staffWithRole(Role role) {
        return accounts.findByRoleAndEnabledTrue(role).stream()
                .map(AccountService::member)
                .sorted(java.util.Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> staffMember(long accountId) {
        return accounts.findById(accountId).map(AccountService::member);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> staffMember(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(AccountService::member);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> withEmail(String email) {
        return accounts.findByEmailKey(email.strip().toLowerCase(java.util.Locale.ROOT)).stream()
                .map(AccountService::member)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActive(long accountId) {
        return accounts.findById(accountId).map(Account::isEnabled).orElse(false);
    }

    private static StaffMember member(Account account) {
        return new StaffMember(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getUnitId());
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    /**
     * Creates an account with a one-time password, which the person must change at the first login.
     *
     * @return the one-time password, to be handed over once
     */
    public String create(String username, String displayName, String email, Role role, Long unitId) {
        String oneTimePassword = generatePassword();
        create(username, displayName, email, role, unitId, oneTimePassword, true);
        return oneTimePassword;
    }

    /** Creates an account with a known password (demo data, or an administrator named by the environment). */
    public Account create(
            String username,
            String displayName,
            String email,
            Role role,
            Long unitId,
            String password,
            boolean mustChangePassword) {
        String normalised = username.strip();
        if (Account.key(normalised).startsWith(Account.ERASED_PREFIX)) {
            // Erased accounts are named so: a new account of such a name could take the name an erasure needs.
            throw RuleViolation.at("username", "account.error.usernameReserved", Account.ERASED_PREFIX);
        }
        if (accounts.existsByUsernameIgnoreCase(normalised)
                || accounts.existsByErasedUsernameDigest(Account.digest(Account.key(normalised)))) {
            // An erased account's former name stays taken: records that name their author by user name would
            // otherwise mix two people (ADR 0037).
            throw RuleViolation.at("username", "account.error.usernameTaken", normalised);
        }
        checkUnit(unitId);
        checkRoleUnit(role, unitId);
        return accounts.save(new Account(
                normalised,
                displayName.strip(),
                email,
                role,
                unitId,
                passwordEncoder.encode(password),
                mustChangePassword,
                clock.instant()));
    }

    public void update(long id, long expectedVersion, String displayName, String email, Role role, Long unitId) {
        Account account = get(id);
        if (account.getVersion() != expectedVersion) {
            throw new EditConflict("account", expectedVersion, account.getVersion());
        }
        checkUnit(unitId);
        checkRoleUnit(role, unitId);
        if (role != Role.ADMIN) {
            keepAnAdministrator(account);
        }
        account.update(displayName.strip(), email, role, unitId);
    }

    public void disable(long id, long actingAccountId) {
        if (id == actingAccountId) {
            throw new RuleViolation("account.error.cannotDisableSelf");
        }
        Account account = get(id);
        keepAnAdministrator(account);
        account.disable(clock.instant());
    }

    /** Refuses a change that would leave no enabled administrator: nobody could manage accounts any more. */
    private void keepAnAdministrator(Account leaving) {
        if (leaving.getRole() == Role.ADMIN
                && leaving.isEnabled()
                && accounts.lockEnabledAdministrators().size() <= 1) {
            throw new RuleViolation("account.error.lastAdministrator");
        }
    }

    /** Also lets every client try the account's password again after failed sign-ins. */
    public void enable(long id) {
        Account account = get(id);
        account.enable();
        signIns.release(account.getUsername());
    }

    /** @return the new one-time password, to be handed over once */
    public String resetPassword(long id) {
        String oneTimePassword = generatePassword();
        get(id).resetPassword(
                        passwordEncoder.encode(oneTimePassword), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return oneTimePassword;
    }

    /** The password form throttles attempts like the login form (see {@code PasswordController}). */
    public void changeOwnPassword(long accountId, String currentPassword, String newPassword) {
        Account account = get(accountId);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolation("password.error.currentWrong");
        }
        if (newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation("password.error.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (newPassword.equalsIgnoreCase(account.getUsername()) || newPassword.equals(currentPassword)) {
            throw new RuleViolation("password.error.tooObvious");
        }
        // Whole milliseconds, as the session keeps its sign-in time: the session the change was made in carries on.
        account.changePassword(
                passwordEncoder.encode(newPassword), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Failed sign-ins within the throttling period, from every client (the accounts page shows them). */
    public int recentFailedSignIns(Account account) {
        return signIns.recentFailures(account.getUsername());
    }

    /** The same for many accounts at once, by account id, in one query: for the accounts page. */
    public Map<Long, Integer> recentFailedSignIns(List<Account> accounts) {
        Map<String, Integer> byName = signIns.recentFailuresByAccount();
        Map<Long, Integer> counts = new HashMap<>();
        accounts.forEach(account ->
                counts.put(account.getId(), byName.getOrDefault(SignInThrottle.normalise(account.getUsername()), 0)));
        return counts;
    }

    public String generatePassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private void checkUnit(Long unitId) {
        if (unitId != null && !units.existsById(unitId)) {
            throw RuleViolation.at("unitId", "account.error.unknownUnit");
        }
    }

    /**
     * Editors, staff and HR belong to a Berlin unit; a partner coordinator to a partner city's administration (or a
     * unit of it). Nobody else may hold a partner's unit: it would read Berlin's back office as if it were theirs.
     */
    private void checkRoleUnit(Role role, Long unitId) {
        boolean partnerUnit = unitId != null && organisation.belongsToPartner(unitId);
        if (role == Role.PARTNER_COORDINATOR) {
            if (!partnerUnit) {
                throw new RuleViolation("account.error.coordinatorNeedsPartner");
            }
            return;
        }
        if ((role == Role.EDITOR || role == Role.STAFF || role == Role.HR) && unitId == null) {
            throw RuleViolation.at("unitId", "account.error.editorNeedsUnit");
        }
        if (partnerUnit) {
            throw new RuleViolation("account.error.partnerUnitNeedsCoordinator");
        }
    }
}
