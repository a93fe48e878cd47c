package org.jumelage.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records the authorization matrix calls its addresses with, found in the demo data: for each person, one record
 * of their own (their unit's relationship or activity, their own application, their unit's or their administration's
 * placement, stay or nomination) and one of another's. Where the demo data holds no such record (no document uploaded,
 * no feedback received, no nomination of Paris's administration), the address is called with an id nobody has, and
 * the table expects the answer for a record that is not there; {@link #missing()} names those.
 */
final class AuthorizationFixtures {

    /** An id no record has. */
    static final String NOBODYS = "999999";

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(?::([^}]*))?}");

    private final JdbcTemplate jdbc;
    private final Map<String, Long> accounts = new LinkedHashMap<>();
    private final Map<String, Long> units = new LinkedHashMap<>();
    private final Set<String> missing = new TreeSet<>();

    AuthorizationFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.query("select id, username, unit_id from account", rs -> {
            accounts.put(rs.getString("username"), rs.getLong("id"));
            units.put(rs.getString("username"), rs.getLong("unit_id"));
        });
    }

    /** The addresses (with the variable) for which the demo data had no record. */
    Set<String> missing() {
        return missing;
    }

    /**
     * Parameters without which the handler answers 400 before it gets to ask who calls (the request parameters a
     * page's own form always sends), so that the table shows the right's answer, not the missing parameter's.
     */
    Map<String, String> parameters(String pattern) {
        return switch (pattern) {
            case "/office/exchange/applications/new" ->
                Map.of(
                        "call",
                        one("select min(id) from exchange_call where programme_id = (select id from"
                                + " exchange_programme where code = 'EVA')"));
            case "/office/exchange/applications/{id}/offers/{offerId}" -> Map.of("answer", "accept");
            case "/office/exchange/stays/{id}/agreement/approve" -> Map.of("party", "PARTICIPANT");
            case "/office/exchange/stays/{id}/evaluation/requests/{requestId}/publish" -> Map.of("publish", "true");
            case "/office/privacy/export.json", "/office/privacy/export.pdf" -> Map.of("username", "staff");
            default -> Map.of();
        };
    }

    /** The pattern with its variables filled in for the person: with their own records, or with another's. */
    String path(String pattern, String subject, boolean own) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        Map<String, String> values = new LinkedHashMap<>();
        int end = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            String value =
                    value(pattern, pattern.substring(0, matcher.start()), name, matcher.group(2), values, subject, own);
            if (value == null) {
                missing.add(pattern + " {" + name + "}");
                value = NOBODYS;
            }
            values.put(name, value);
            path.append(pattern, end, matcher.start()).append(value);
            end = matcher.end();
        }
        path.append(pattern.substring(end));
        return path.toString().replace("/**", "/liveness");
    }

    private String value(
            String pattern,
            String before,
            String name,
            String choices,
            Map<String, String> values,
            String subject,
            boolean own) {
        String parent = values.get("id");
        return switch (name) {
            case "id" -> id(pattern, before, subject, own, values);
            case "slug" -> "paris";
            case "code" -> "EVA";
            case "token" -> "no-such-calendar-token";
            case "name" -> "exchange-by-year";
            case "format" -> choices.split("\\|")[1];
            case "key" -> "OVERVIEW_INTRO";
            case "locale" -> "de";
            case "kind" -> "certificate";
            case "cityId" -> one("select min(id) from city");
            case "instrumentId" -> one("select min(id) from instrument where relationship_id = ?", parent);
            case "contactId" -> one("select min(id) from contact where relationship_id = ?", parent);
            case "focusId" -> one("select min(id) from relationship_focus where relationship_id = ?", parent);
            case "responsibilityId" -> one("select min(id) from responsibility where relationship_id = ?", parent);
            case "participantId" -> one("select min(id) from participant where activity_id = ?", parent);
            case "itemId" -> one("select min(id) from programme_item where activity_id = ?", parent);
            case "taskId" -> one("select min(id) from follow_up_task where activity_id = ?", parent);
            case "documentId" ->
                before.startsWith("/office/activities/")
                        ? one("select min(id) from activity_document where activity_id = ?", parent)
                        : one("select min(id) from stay_document where stay_id = ?", parent);
            case "entryId" ->
                one(
                        "select min(e.id) from allocation_entry e join exchange_allocation a on a.id = e.allocation_id"
                                + " where a.call_id = ?",
                        parent);
            case "offerId" -> one("select min(id) from allocation_offer where application_id = ?", parent);
            case "questionId" -> one("select min(id) from evaluation_question where programme_id = ?", parent);
            case "requestId" -> one("select min(id) from evaluation_request where stay_id = ?", parent);
            case "followUpId" -> one("select min(id) from exchange_follow_up where stay_id = ?", parent);
            case "costId" ->
                one(
                        "select min(c.id) from exchange_stay_cost c join exchange_stay_budget b on b.id = c.budget_id"
                                + " where b.stay_id = ?",
                        parent);
            case "number" ->
                one(
                        "select max(v.version_no) from agreement_version v join training_agreement a"
                                + " on a.id = v.agreement_id where a.stay_id = ?",
                        parent);
            default -> throw new IllegalStateException("No fixture for {" + name + "} in " + before);
        };
    }

    private String id(String pattern, String before, String subject, boolean own, Map<String, String> values) {
        long account = accounts.getOrDefault(subject, -1L);
        long unit = units.getOrDefault(subject, -1L);
        String prefix = before.replaceAll("/$", "");
        return switch (prefix) {
            case "/office/partnerships", "/api/v1/office/partnerships" ->
                own
                        ? one("select min(relationship_id) from responsibility where unit_id = ?", units.get("editor"))
                        : one(
                                "select min(r.id) from relationship r where not exists (select 1 from responsibility p"
                                        + " where p.relationship_id = r.id and p.unit_id = ?)",
                                units.get("editor"));
            case "/office/activities", "/api/v1/office/activities", "/calendar/activities" ->
                own
                        ? one("select min(activity_id) from activity_unit where unit_id = ?", units.get("editor"))
                        : one(
                                "select min(a.id) from activity a where not exists (select 1 from activity_unit u"
                                        + " where u.activity_id = a.id and u.unit_id = ?)",
                                units.get("editor"));
            case "/office/exchange/applications" ->
                own
                        ? (subject.equals("staff")
                                ? one("select min(id) from exchange_application where applicant_id = ?", account)
                                : one(
                                        "select min(id) from exchange_application where home_unit_id = ?"
                                                + " and applicant_id <> ?",
                                        unit,
                                        account))
                        : subject.equals("staff")
                                // A colleague's of the same unit: what a member of staff must not see is theirs.
                                ? one(
                                        "select min(id) from exchange_application where home_unit_id = ?"
                                                + " and applicant_id <> ?",
                                        unit,
                                        account)
                                : one(
                                        "select id from exchange_application where home_unit_id <> ? and applicant_id"
                                                + " <> ? order by case when status = 'SHORTLISTED' then 0 else 1 end,"
                                                + " id",
                                        unit,
                                        account);
            case "/office/exchange/placements" ->
                own
                        ? one(
                                "select min(p.id) from host_placement p join org_unit u on u.id = p.host_unit_id"
                                        + " where u.id = ? or u.parent_id = ?",
                                unit,
                                unit)
                        : one(
                                "select min(p.id) from host_placement p join org_unit u on u.id = p.host_unit_id"
                                        + " where u.id <> ? and (u.parent_id is null or u.parent_id <> ?)",
                                unit,
                                unit);
            case "/office/exchange/nominations" ->
                subject.equals("paris")
                        ? one(
                                "select min(id) from nomination where administration_id " + (own ? "=" : "<>") + " ?",
                                unit)
                        : one(
                                "select min(n.id) from nomination n join host_placement p on p.id = n.placement_id"
                                        + " where p.host_unit_id " + (own ? "=" : "<>") + " ?",
                                unit);
            case "/office/exchange/stays" ->
                switch (subject) {
                    // The agreement of a stay still planned: that of an ended one is closed to everybody.
                    case "admin" ->
                        pattern.contains("/agreement")
                                ? one("select min(id) from exchange_stay where status = 'PLANNED'")
                                : one("select max(id) from exchange_stay");
                    case "paris" ->
                        one(
                                "select min(id) from exchange_stay where administration_id " + (own ? "=" : "<>")
                                        + " ?",
                                unit);
                    case "staff" ->
                        one(
                                "select min(s.id) from exchange_stay s join exchange_application a"
                                        + " on a.id = s.application_id where a.applicant_id " + (own ? "=" : "<>")
                                        + " ?",
                                account);
                    default ->
                        one(
                                "select max(id) from exchange_stay where berlin_unit_id " + (own ? "=" : "<>") + " ?",
                                unit);
                };
            case "/office/exchange/evaluations" ->
                switch (subject) {
                    case "paris" ->
                        one(
                                "select min(id) from evaluation_request where host_administration_id "
                                        + (own ? "=" : "<>") + " ?",
                                unit);
                    default ->
                        own
                                ? one("select min(id) from evaluation_request where respondent_id = ?", account)
                                : one(
                                        "select min(id) from evaluation_request where respondent_id is null"
                                                + " or respondent_id <> ?",
                                        account);
                };
            case "/office/exchange/calls" -> one("select max(id) from exchange_call");
            case "/office/exchange/programmes" -> one("select min(id) from exchange_programme where code = 'EVA'");
            case "/office/exchange/budget" -> one("select min(id) from exchange_budget");
            case "/office/exchange/quotas" -> one("select min(id) from exchange_quota");
            case "/office/exchange/rates" -> one("select min(id) from exchange_cost_rate");
            case "/office/accounts" -> String.valueOf(accounts.get("viewer"));
            case "/office/accounts/tokens" -> one("select min(id) from access_token");
            case "/office/feedback" -> one("select min(id) from feedback");
            case "/office/networks" -> one("select min(id) from network");
            // The editor's own saved report is the only one.
            case "/office/reports/saved" -> one("select min(id) from saved_report where created_by = 'editor'");
            default -> {
                if (prefix.equals("/office/texts/{key}/{locale}/versions")) {
                    yield one("select min(id) from text_block");
                }
                throw new IllegalStateException("No fixture for {id} after " + before + " (" + values + ")");
            }
        };
    }

    private String one(String sql, Object... arguments) {
        List<Object> args = new ArrayList<>();
        for (Object argument : arguments) {
            args.add(argument);
        }
        if (args.contains(null)) {
            return null;
        }
        // The first row's first column: a min() or the first of an ordered list; null where there is none.
        return jdbc.query(sql, rs -> rs.next() ? rs.getString(1) : null, args.toArray());
    }
}
