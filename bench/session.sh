# Sourced by the bench scripts: signing in and making an access token through the pages, as people do.

# bench_sign_in BASE JAR USERNAME: signs in with the data set's password, keeping the cookies in JAR (a new one), and
# prints the session's cookies as a Cookie header's value; stops the script if the sign-in is refused.
bench_sign_in() {
    local base=$1 jar=$2 who=$3 token where
    rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
    where=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "username=$who" --data-urlencode "password=bench-password-2026" \
        --data-urlencode "_csrf=$token" "$base/login")
    [[ "$where" != *error* && "$where" != *throttled* ]] || { echo "Sign-in as $who failed ($where)" >&2; exit 1; }
    # Cookie-jar lines; an HttpOnly cookie's line starts with "#HttpOnly_".
    sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}'
}

# bench_token BASE JAR NAME: as the administrator signed in with JAR, makes a reading access token named NAME for
# bench-viewer's account through the tokens page and prints its secret; stops the script if none was made.
bench_token() {
    local base=$1 jar=$2 name=$3 form csrf form_id secret
    # The form carries its CSRF token and its own id (a token is made once per form, even if sent twice).
    form=$(curl -s -b "$jar" -c "$jar" "$base/office/accounts/tokens/new")
    csrf=$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' <<<"$form" | head -1)
    form_id=$(sed -n 's/.*name="formId"[^>]*value="\([^"]*\)".*/\1/p' <<<"$form" | head -1)
    secret=$(curl -s -b "$jar" -c "$jar" --data-urlencode "name=$name" --data-urlencode "username=bench-viewer" \
        --data-urlencode "scope=READ" --data-urlencode "formId=$form_id" --data-urlencode "_csrf=$csrf" \
        "$base/office/accounts/tokens/new" \
        | sed -n 's/.*id="token-secret"[^>]*>\(jml_[A-Za-z0-9_-]*\)<.*/\1/p')
    [[ -n "$secret" ]] || { echo "Could not make an access token as the administrator of $jar" >&2; exit 1; }
    echo "$secret"
}
