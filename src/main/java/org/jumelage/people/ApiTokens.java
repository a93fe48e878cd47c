package org.jumelage.people;

import java.util.Optional;

/** Checks the access tokens that the office's machine clients send as {@code Authorization: Bearer …}. */
public interface ApiTokens {

    /**
     * The client a token belongs to, if the token exists, is neither revoked nor past its end date, and its account is
     * enabled and reads the back office. Reads only.
     */
    Optional<ApiClient> authenticate(String secret);

    /** Records that the token was used now (at most once a minute): called once a request is admitted. */
    void recordUse(long tokenId);
}
