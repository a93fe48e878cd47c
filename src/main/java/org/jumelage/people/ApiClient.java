package org.jumelage.people;

/**
 * A machine client that presented a valid access token: the token's id and name, the account whose rights it uses (as
 * it is now, without its password hash), its scope, and its own limit of requests a minute (0: the installation's).
 */
public record ApiClient(long tokenId, String tokenName, JumelageUser user, TokenScope scope, int requestsPerMinute) {}
