package org.jumelage.activities.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jumelage.people.JumelageUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: a secret address per person that lists the activities they take part in. The address is
 * shown once; a new one revokes the old, and revoking ends the feed at once.
 */
@Service
@Transactional
public class PersonalFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarTokenRepository tokens;
    private final ActivityService activities;
    private final org.jumelage.people.StaffDirectory staff;
    private final Clock clock;

    PersonalFeeds(
            CalendarTokenRepository tokens,
            ActivityService activities,
            org.jumelage.people.StaffDirectory staff,
            Clock clock) {
        this.tokens = tokens;
        this.activities = activities;
        this.staff = staff;
        this.clock = clock;
    }

    /** A new secret for the signed-in person; their earlier one stops working. */
    public String renew() {
        long account = JumelageUser.current().orElseThrow().accountId();
        revoke();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        tokens.save(new CalendarToken(account, hash(token), clock.instant()));
        return token;
    }

    public void revoke() {
        long account = JumelageUser.current().orElseThrow().accountId();
        tokens.findByAccountIdAndRevokedAtIsNull(account).forEach(t -> t.revoke(clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<CalendarToken> active() {
        return JumelageUser.current()
                .flatMap(user -> tokens.findByAccountIdAndRevokedAtIsNull(user.accountId()).stream()
                        .findFirst());
    }

    /** The activities behind a feed address; empty for an unknown or revoked secret, or a disabled account. */
    @Transactional(readOnly = true)
    public Optional<List<Activity>> activitiesOf(String token) {
        return tokens.findByTokenHash(hash(token))
                .filter(CalendarToken::isActive)
                .filter(t -> staff.isActive(t.getAccountId()))
                .map(t -> activities.ofParticipant(t.getAccountId()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
