package org.jumelage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Writes the network-scale data set for the benchmarks (docs/performance.md) into a new embedded H2 file database or
 * into a PostgreSQL database, which it empties first: 1,000 partner cities, 20,000 relationships held by 200 home
 * administrations with their instruments, status history, focus areas, units and contacts; 200,000 activities over 30
 * years with cities, units, themes, participants, programmes, tasks and lessons; 50 calls with 50,000 applications in
 * every status with their history, placements, nominations and stays; 5,000 accounts. The same seed gives the same
 * data: every value comes from one {@link Random} and a fixed reference day, never from the clock.
 *
 * <p>Run it with {@code bench/dataset h2} or {@code bench/dataset postgres} (see the README's developer section). The
 * schema comes from the application's own Flyway migrations; the rows are written with JDBC batches and explicit ids.
 * Every account it creates has the password {@link #PASSWORD}; the benchmark signs in as {@code bench-admin},
 * {@code bench-viewer}, {@code bench-supervisor} and the like. Never point it at a real installation's database.
 */
public final class NetworkDataSet {

    public static final String PASSWORD = "bench-password-2026";

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Instant NOW = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);

    private static final int CITIES = 1_000;
    private static final int HOME_ADMINISTRATIONS = 200;
    private static final int RELATIONSHIPS = 20_000;
    private static final int NETWORKS = 30;
    private static final int ACTIVITIES = 200_000;
    private static final int CALLS = 50;
    private static final int APPLICATIONS_PER_CALL = 1_000;
    private static final int PLACEMENTS_PER_CALL = 24;
    private static final int ACCOUNTS = 5_000;
    /** Two years of the audit trail (its default retention, ADR 0036): about 700 entries a day. */
    private static final int AUDIT_ENTRIES = 500_000;
    // Long enough that no call's personal data is due for erasure: the data set keeps all 50,000 applications.
    private static final int RETENTION_MONTHS = 240;

    private static final String[] COUNTRIES = {
        "FR", "PL", "AT", "FI", "NL", "IT", "ES", "PT", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "SE", "DK",
        "NO", "EE", "LV", "LT", "IE", "BE", "LU", "CH", "GB", "UA", "MD", "GE", "AM", "TR", "IL", "JO", "EG", "MA",
        "TN", "NA", "ZA", "KE", "GH", "US", "CA", "MX", "BR", "AR", "CL", "JP", "CN", "KR", "VN", "TH", "ID", "IN",
        "AU", "NZ", "RS", "BA", "AL", "MK"
    };
    private static final String[] SYLLABLES = {
        "ber", "var", "sa", "lo", "mi", "nor", "ta", "vel", "ka", "ri", "dor", "an", "me", "li", "sto", "gra", "po",
        "len", "tu", "ve", "mar", "os", "ha", "zel", "bru", "ni", "que", "ro", "sel", "ad"
    };
    private static final String[] FOCUS = {
        "ADMINISTRATION",
        "STAFF_EXCHANGE",
        "JUSTICE",
        "PUBLIC_SECURITY",
        "FIRE_BRIGADE",
        "URBAN_DEVELOPMENT",
        "ARCHITECTURE",
        "HOUSING",
        "ENVIRONMENT",
        "CLIMATE",
        "ENERGY",
        "WATER_WASTE",
        "TRANSPORT",
        "SMART_CITY",
        "ECONOMY",
        "STARTUPS",
        "SCIENCE",
        "EDUCATION",
        "VOCATIONAL_TRAINING",
        "YOUTH",
        "SPORT",
        "CULTURE",
        "FILM_MEDIA",
        "DESIGN",
        "TOURISM",
        "HEALTH",
        "INTEGRATION",
        "CIVIL_SOCIETY",
        "PARTICIPATION",
        "DEMOCRACY",
        "SOLIDARITY",
        "EU_NETWORKS"
    };
    private static final String[] TYPES = {
        "CITY_PARTNERSHIP", "FRIENDSHIP", "PROJECT_PARTNERSHIP", "TECHNICAL_EXCHANGE", "NETWORK"
    };
    private static final int[] TYPE_WEIGHTS = {55, 10, 12, 18, 5};
    private static final String[] INSTRUMENTS = {
        "AGREEMENT_FRIENDSHIP_COOPERATION", "JOINT_DECLARATION", "MEMORANDUM_OF_UNDERSTANDING", "FRAMEWORK_AGREEMENT",
        "COMMUNIQUE", "ACTION_PLAN", "PARTNERSHIP_CERTIFICATE", "OTHER"
    };
    private static final String[] ACTIVITY_TYPES = {
        "EVENT",
        "SEMINAR",
        "WORKSHOP",
        "INCOMING_DELEGATION",
        "OUTGOING_DELEGATION",
        "STUDY_TRIP",
        "EXPERT_EXCHANGE",
        "OTHER"
    };
    private static final String[] PARTICIPANT_ROLES = {
        "HEAD_OF_DELEGATION", "MEMBER", "MEMBER", "MEMBER", "SPEAKER", "INTERPRETER", "ORGANISER", "HOST"
    };
    private static final String[] LANGUAGES = {"en", "fr", "pl", "es", "it", "de", "fi", "nl", "cs", "pt"};
    private static final String[] LEVELS = {"A2", "B1", "B2", "C1", "C2"};
    private static final String[] FIRST_NAMES = {
        "Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hakan", "Ines", "Jonas", "Katarzyna", "Lukas",
        "Marie", "Niklas", "Olga", "Paul", "Quentin", "Rosa", "Sami", "Tereza", "Ute", "Vincent", "Wiebke", "Yusuf"
    };
    private static final String[] LAST_NAMES = {
        "Schmidt", "Nowak", "Dubois", "Rossi", "García", "Virtanen", "de Vries", "Novák", "Kovács", "Yilmaz",
        "Müller", "Wagner", "Lefèvre", "Kowalski", "Horvat", "Popescu", "Jensen", "Silva", "Weber", "Becker"
    };

    private final Random random = new Random(2026);
    private final Connection connection;

    private final List<Long> homeAdministrations = new ArrayList<>();
    private final List<Long> homeUnits = new ArrayList<>();
    private final long[] partnerAdministration = new long[CITIES + 1];
    private final long[] firstRelationshipOf = new long[CITIES + 1];
    private final List<Long> staff = new ArrayList<>();
    private final List<Long> staffUnit = new ArrayList<>();
    private long supervisorAccount;
    private final List<Rows> open = new ArrayList<>();
    private long sinceCommit;

    private NetworkDataSet(Connection connection) {
        this.connection = connection;
    }

    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "h2";
        String url;
        String user;
        String password;
        if (target.equals("h2")) {
            Path file =
                    Path.of(args.length > 1 ? args[1] : "target/bench/network").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            Files.deleteIfExists(Path.of(file + ".trace.db"));
            url = "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            user = "sa";
            password = "";
        } else if (target.equals("postgres")) {
            url = env("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/jumelage_bench?reWriteBatchedInserts=true");
            user = env("BENCH_PG_USER", "postgres");
            password = env("BENCH_PG_PASSWORD", "");
        } else {
            System.err.println("usage: NetworkDataSet h2 [file] | postgres (BENCH_PG_URL, BENCH_PG_USER)");
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            java.util.Properties ids = new NetworkDataSet(connection).write();
            connection.commit();
            Path idsFile = Path.of("target/bench/ids.properties");
            Files.createDirectories(idsFile.getParent());
            StringBuilder text = new StringBuilder("# Ids of typical records in the data set (same seed, same ids)\n");
            ids.stringPropertyNames().stream()
                    .sorted()
                    .forEach(name -> text.append(name)
                            .append('=')
                            .append(ids.getProperty(name))
                            .append('\n'));
            Files.writeString(idsFile, text);
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // PostgreSQL: fresh statistics for the planner; H2: the file shrunk to its data.
                statement.execute(target.equals("postgres") ? "vacuum analyze" : "shutdown compact");
            }
        }
        System.out.printf(
                "Wrote the network-scale data set to %s in %d s.%nSign in as bench-admin, bench-viewer,"
                        + " bench-supervisor, bench-staff, bench-hr or bench-partner with the password %s.%n",
                url, Duration.ofNanos(System.nanoTime() - started).toSeconds(), PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Writes the data; returns the ids of typical records for the benchmark's page addresses. */
    private java.util.Properties write() throws SQLException {
        organisation();
        accounts();
        int[] cityRelationships = registry();
        networks();
        activities(cityRelationships);
        exchange();
        audit();
        restartIdentities();
        int busiest = 1;
        for (int c = 1; c <= CITIES; c++) {
            if (cityRelationships[c] > cityRelationships[busiest]) {
                busiest = c;
            }
        }
        java.util.Properties ids = new java.util.Properties();
        ids.setProperty("city.slug", slug(cityName(busiest)));
        ids.setProperty("city.id", String.valueOf(busiest));
        ids.setProperty("city.relationships", String.valueOf(cityRelationships[busiest]));
        ids.setProperty("relationship.id", String.valueOf(firstRelationshipOf[busiest]));
        ids.setProperty("activity.id", "1");
        ids.setProperty("call.id", String.valueOf(CALLS));
        // The last call that closed: its shortlist is scored and waits for the allocation.
        ids.setProperty("call.closed.id", String.valueOf(CALLS - 1));
        ids.setProperty("application.id", String.valueOf((CALLS - 1) * APPLICATIONS_PER_CALL + 1));
        // The first stay: a completed one of the first call, with its plan and actual costs.
        ids.setProperty("stay.id", "1");
        // An outgoing completed stay, evaluated by its three parties.
        ids.setProperty("stay.evaluated.id", String.valueOf(firstEvaluatedStay));
        ids.setProperty("year", String.valueOf(TODAY.getYear()));
        return ids;
    }

    // ---------------------------------------------------------------- people

    private void organisation() throws SQLException {
        try (Rows units = rows("org_unit", "id, parent_id, kind, code, name_de, name_en, partner_city_id")) {
            long id = 0;
            for (int a = 1; a <= HOME_ADMINISTRATIONS; a++) {
                long admin = ++id;
                String kind = a == 1 ? "SENATE_CHANCELLERY" : a <= 21 ? "SENATE_DEPARTMENT" : "DISTRICT_OFFICE";
                String name = a == 1 ? "Staatskanzlei" : a <= 21 ? "Ministerium " + a : "Gemeinde " + placeName(a);
                units.add(admin, null, kind, "ADM-" + a, name, a == 1 ? "State Chancellery" : name, null);
                homeAdministrations.add(admin);
                for (int u = 1; u <= 2; u++) {
                    long unit = ++id;
                    units.add(
                            unit,
                            admin,
                            "UNIT",
                            "ADM-" + a + "-" + u,
                            "Referat " + a + "." + u,
                            "Unit " + a + "." + u,
                            null);
                    homeUnits.add(unit);
                }
            }
            for (int c = 1; c <= CITIES; c++) {
                long admin = ++id;
                partnerAdministration[c] = admin;
                units.add(
                        admin,
                        null,
                        "PARTNER_ADMINISTRATION",
                        "PA-" + c,
                        "Stadtverwaltung " + cityName(c),
                        "City administration of " + cityName(c),
                        (long) c);
            }
        }
    }

    private void accounts() throws SQLException {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode(PASSWORD);
        try (Rows accounts = rows(
                "account",
                "id, username, display_name, email, password_hash, role, unit_id, enabled, must_change_password,"
                        + " created_at, username_key")) {
            long id = 0;
            String[][] named = {
                {"bench-admin", "ADMIN"}, {"bench-editor", "EDITOR"}, {"bench-viewer", "VIEWER"},
                {"bench-staff", "STAFF"}, {"bench-supervisor", "STAFF"}, {"bench-hr", "HR"},
                {"bench-partner", "PARTNER_COORDINATOR"}
            };
            for (String[] login : named) {
                long unit = switch (login[1]) {
                    case "ADMIN" -> homeUnits.get(0);
                    case "PARTNER_COORDINATOR" -> partnerAdministration[1];
                    case "HR" -> homeAdministrations.get(1);
                    default -> homeUnits.get(2);
                };
                accounts.add(
                        ++id,
                        login[0],
                        login[0],
                        login[0] + "@bench.invalid",
                        hash,
                        login[1],
                        unit,
                        true,
                        false,
                        NOW,
                        login[0]);
                if (login[0].equals("bench-supervisor")) {
                    supervisorAccount = id;
                }
            }
            while (id < ACCOUNTS) {
                long n = ++id;
                int pick = random.nextInt(100);
                String role = pick < 80
                        ? "STAFF"
                        : pick < 86
                                ? "EDITOR"
                                : pick < 90 ? "VIEWER" : pick < 92 ? "HR" : pick < 93 ? "ADMIN" : "PARTNER_COORDINATOR";
                long unit = role.equals("PARTNER_COORDINATOR")
                        ? partnerAdministration[1 + random.nextInt(CITIES)]
                        : homeUnits.get(random.nextInt(homeUnits.size()));
                accounts.add(
                        n,
                        "user" + n,
                        person(),
                        "user" + n + "@bench.invalid",
                        hash,
                        role,
                        unit,
                        true,
                        false,
                        NOW,
                        "user" + n);
                if (role.equals("STAFF")) {
                    staff.add(n);
                    staffUnit.add(unit);
                }
            }
        }
    }

    // ---------------------------------------------------------------- partners

    /** Returns, per city, how many relationships it has (activities go to cities with relationships). */
    private int[] registry() throws SQLException {
        try (Rows cities = rows(
                "city",
                "id, slug, name_de, name_en, name_local, name_local_lang, country_code, latitude, longitude,"
                        + " region")) {
            for (int c = 1; c <= CITIES; c++) {
                String name = cityName(c);
                boolean local = random.nextInt(4) == 0;
                cities.add(
                        c,
                        slug(name),
                        name,
                        name,
                        local ? name.toUpperCase(Locale.ROOT) : null,
                        local ? "und" : null,
                        COUNTRIES[random.nextInt(COUNTRIES.length)],
                        round(-45 + random.nextDouble() * 110),
                        round(-120 + random.nextDouble() * 270),
                        random.nextInt(50) == 0);
            }
        }
        int[] perCity = new int[CITIES + 1];
        Set<String> taken = new HashSet<>();
        try (Rows relationships = rows(
                        "relationship",
                        "id, city_id, type, status, status_since_value, status_since_precision,"
                                + " first_instrument_value, first_instrument_precision, notes, public_visible,"
                                + " created_at, created_by, updated_at, updated_by, holder_unit_id");
                Rows statusChanges = rows(
                        "status_change",
                        "relationship_id, status, valid_from_value, valid_from_precision, reason, source,"
                                + " changed_by, changed_at");
                Rows instruments = rows(
                        "instrument",
                        "relationship_id, kind, signed_value, signed_precision, place, signatories,"
                                + " summary, source");
                Rows focus = rows(
                        "relationship_focus",
                        "relationship_id, focus_code, detail_de, detail_en, since_year," + " until_year");
                Rows responsibilities = rows("responsibility", "relationship_id, unit_id, role, note_de, note_en");
                Rows contacts = rows(
                        "contact",
                        "relationship_id, side, name, function_title, organisation, email, phone,"
                                + " languages, public_visible")) {
            long id = 0;
            while (id < RELATIONSHIPS) {
                // Cities with many partnerships first: a skewed choice, as in real networks.
                int city = 1 + (int) (CITIES * Math.pow(random.nextDouble(), 1.3));
                String type = TYPES[weighted(TYPE_WEIGHTS)];
                // The city as a whole (null) or one of its departments and districts; the chancellery (the first
                // administration) stands for the whole city and holds none of its own.
                Long holder = random.nextInt(20) == 0
                        ? null
                        : homeAdministrations.get(1 + random.nextInt(homeAdministrations.size() - 1));
                if (!taken.add(city + ":" + type + ":" + holder)) {
                    continue;
                }
                long r = ++id;
                if (perCity[city]++ == 0) {
                    firstRelationshipOf[city] = r;
                }
                int pick = random.nextInt(100);
                String status = pick < 80 ? "ACTIVE" : pick < 92 ? "DORMANT" : "ENDED";
                LocalDate signed = TODAY.minusDays(365L + random.nextInt(365 * 60));
                LocalDate since = status.equals("ACTIVE")
                        ? signed
                        : signed.plusDays(random.nextInt((int) Math.max(1, TODAY.toEpochDay() - signed.toEpochDay())));
                Instant updated = NOW.minusSeconds(random.nextInt(86_400 * 3_000));
                relationships.add(
                        r,
                        city,
                        type,
                        status,
                        since,
                        "DAY",
                        signed,
                        "YEAR",
                        random.nextInt(3) == 0 ? "Notiz " + r : null,
                        random.nextInt(10) != 0,
                        updated,
                        "bench",
                        updated,
                        "bench",
                        holder);
                statusChanges.add(r, "ACTIVE", signed, "YEAR", "Unterzeichnung", null, "bench", updated);
                if (!status.equals("ACTIVE")) {
                    statusChanges.add(
                            r, status, since, "DAY", "Statuswechsel " + r, "Beschluss " + r, "bench", updated);
                }
                int instrumentCount = 1 + random.nextInt(2);
                for (int i = 0; i < instrumentCount; i++) {
                    instruments.add(
                            r,
                            INSTRUMENTS[random.nextInt(INSTRUMENTS.length)],
                            i == 0 ? signed : signed.plusYears(1 + random.nextInt(10)),
                            i == 0 ? "YEAR" : "DAY",
                            cityName(city),
                            "Bürgermeisterin, Bürgermeister",
                            "Vereinbarung " + r + "." + i,
                            null);
                }
                int focusCount = 2 + random.nextInt(3);
                int firstFocus = random.nextInt(FOCUS.length);
                for (int f = 0; f < focusCount; f++) {
                    focus.add(
                            r, FOCUS[(firstFocus + f * 7) % FOCUS.length], null, null, 1990 + random.nextInt(35), null);
                }
                int unitCount = 1 + random.nextInt(2);
                for (int u = 0; u < unitCount; u++) {
                    responsibilities.add(
                            r,
                            homeUnits.get(random.nextInt(homeUnits.size())),
                            u == 0 ? "HOLDER" : "TECHNICAL_EXCHANGE",
                            null,
                            null);
                }
                int contactCount = 1 + random.nextInt(3);
                for (int k = 0; k < contactCount; k++) {
                    contacts.add(
                            r,
                            k == 0 ? "OURS" : "PARTNER",
                            person(),
                            "Referent",
                            cityName(city),
                            "contact" + r + "-" + k + "@bench.invalid",
                            "+49 30 " + (1_000_000 + r),
                            "de, en",
                            k == 0 && random.nextBoolean());
                }
            }
        }
        return perCity;
    }

    private void networks() throws SQLException {
        try (Rows networks = rows("network", "id, name, acronym, website, role, since_value, since_precision")) {
            for (int n = 1; n <= NETWORKS; n++) {
                networks.add(
                        n,
                        "Städtenetzwerk " + placeName(n * 31),
                        "SN" + n,
                        null,
                        n % 5 == 0 ? "BOARD_MEMBER" : "MEMBER",
                        TODAY.minusYears(1 + random.nextInt(40)),
                        "YEAR");
            }
        }
    }

    // ---------------------------------------------------------------- activities

    private void activities(int[] cityRelationships) throws SQLException {
        List<Integer> partnerCities = new ArrayList<>();
        for (int c = 1; c <= CITIES; c++) {
            if (cityRelationships[c] > 0) {
                partnerCities.add(c);
            }
        }
        LocalDate first = TODAY.minusYears(30);
        int span = (int) (TODAY.plusYears(1).toEpochDay() - first.toEpochDay());
        try (Rows activities = rows(
                        "activity",
                        "id, uid, type, level, title_de, title_en, description_de, all_day, start_date, start_time,"
                                + " end_date, end_time, time_zone, starts_at, ends_at, place, venue, status,"
                                + " public_visible, public_summary_de, public_summary_en, outcome_summary,"
                                + " lessons_worked, lessons_not_worked, lessons_recommendation, rating, has_lessons,"
                                + " example, created_at, created_by, updated_at, updated_by");
                Rows cities = rows("activity_city", "activity_id, city_id");
                Rows networks = rows("activity_network", "activity_id, network_id");
                Rows units = rows("activity_unit", "activity_id, unit_id");
                Rows themes = rows("activity_theme", "activity_id, focus_code");
                Rows programme = rows(
                        "programme_item",
                        "activity_id, programme_day, start_time, end_time, title, venue," + " responsible");
                Rows participants = rows(
                        "participant",
                        "activity_id, account_id, display_name, function_title, organisation, email,"
                                + " role, needs");
                Rows tasks = rows("follow_up_task", "activity_id, title, owner, due_date, done")) {
            for (long a = 1; a <= ACTIVITIES; a++) {
                LocalDate start = first.plusDays(random.nextInt(span));
                int days = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : 0;
                LocalDate end = start.plusDays(days);
                boolean allDay = days > 0 || random.nextInt(3) == 0;
                java.time.LocalTime from = allDay ? null : java.time.LocalTime.of(8 + random.nextInt(9), 0);
                java.time.LocalTime to = allDay ? null : from.plusHours(1 + random.nextInt(3));
                Instant startsAt = start.atTime(allDay ? java.time.LocalTime.MIDNIGHT : from)
                        .toInstant(ZoneOffset.ofHours(1));
                Instant endsAt = allDay
                        ? end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(1))
                        : end.atTime(to).toInstant(ZoneOffset.ofHours(1));
                boolean past = end.isBefore(TODAY);
                int pick = random.nextInt(100);
                String status = pick < 6 ? "CANCELLED" : past ? "HELD" : pick < 50 ? "PLANNED" : "CONFIRMED";
                boolean held = status.equals("HELD");
                boolean lessons = held && random.nextInt(3) == 0;
                int city = partnerCities.get((int) (partnerCities.size() * Math.pow(random.nextDouble(), 1.4)));
                String type = ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)];
                String title = titleFor(type) + " " + cityName(city) + " " + a;
                boolean isPublic = random.nextInt(10) < 3;
                Instant created = startsAt.minus(Duration.ofDays(30 + random.nextInt(90)));
                activities.add(
                        a,
                        "bench-" + a + "@jumelage",
                        type,
                        random.nextInt(5) == 0 ? "POLITICAL" : "DEPARTMENT",
                        title,
                        title,
                        "Beschreibung der Aktivität " + a,
                        allDay,
                        start,
                        from,
                        end,
                        to,
                        "Europe/Berlin",
                        startsAt,
                        endsAt,
                        cityName(city),
                        "Rathaus",
                        status,
                        isPublic,
                        isPublic ? "Kurzbericht " + a : null,
                        isPublic ? "Summary " + a : null,
                        held ? "Ergebnis " + a : null,
                        lessons ? "Was gut lief " + a : null,
                        lessons ? "Was nicht lief " + a : null,
                        lessons ? "Empfehlung " + a : null,
                        lessons ? new String[] {"GOOD", "MIXED", "POOR"}[random.nextInt(3)] : null,
                        lessons,
                        false,
                        created,
                        "bench",
                        created,
                        "bench");
                cities.add(a, city);
                if (random.nextInt(8) == 0) {
                    int other = partnerCities.get(random.nextInt(partnerCities.size()));
                    if (other != city) {
                        cities.add(a, other);
                    }
                }
                if (random.nextInt(10) == 0) {
                    networks.add(a, 1 + random.nextInt(NETWORKS));
                }
                units.add(a, homeUnits.get(random.nextInt(homeUnits.size())));
                int firstTheme = random.nextInt(FOCUS.length);
                int themeCount = 1 + random.nextInt(3);
                for (int t = 0; t < themeCount; t++) {
                    themes.add(a, FOCUS[(firstTheme + t * 5) % FOCUS.length]);
                }
                int items = random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    programme.add(
                            a,
                            start.plusDays(Math.min(i, days)),
                            java.time.LocalTime.of(9 + 2 * i, 0),
                            java.time.LocalTime.of(10 + 2 * i, 30),
                            "Programmpunkt " + (i + 1),
                            "Saal " + (i + 1),
                            person());
                }
                int people = 1 + random.nextInt(5);
                for (int p = 0; p < people; p++) {
                    boolean account = random.nextInt(4) == 0;
                    participants.add(
                            a,
                            account ? staff.get(random.nextInt(staff.size())) : null,
                            person(),
                            "Referentin",
                            cityName(city),
                            null,
                            PARTICIPANT_ROLES[p == 0 ? 0 : 1 + random.nextInt(7)],
                            !past && random.nextInt(10) == 0 ? "vegetarisch" : null);
                }
                if (random.nextInt(5) == 0) {
                    tasks.add(a, "Nachbereitung " + a, person(), end.plusDays(14), past);
                }
            }
        }
    }

    private static String titleFor(String type) {
        return switch (type) {
            case "SEMINAR" -> "Seminar";
            case "WORKSHOP" -> "Workshop";
            case "INCOMING_DELEGATION" -> "Delegation aus";
            case "OUTGOING_DELEGATION" -> "Delegationsreise nach";
            case "STUDY_TRIP" -> "Studienreise nach";
            case "EXPERT_EXCHANGE" -> "Fachaustausch";
            default -> "Veranstaltung";
        };
    }

    // ---------------------------------------------------------------- exchange

    private void exchange() throws SQLException {
        try (Rows programmes = rows(
                        "exchange_programme",
                        "id, code, name_de, name_en, description_de, start_year, end_year, status, updated_at");
                Rows administrations = rows("programme_administration", "programme_id, unit_id");
                Rows questions = rows(
                        "evaluation_question",
                        "id, programme_id, party, position, kind, text_de, text_en, updated_at")) {
            programmes.add(
                    1, "MYM", "Move Your Mind", "Move Your Mind", "Pilotprojekt 2012–2014", 2012, 2014, "ENDED", NOW);
            programmes.add(
                    2,
                    "EVA",
                    "Europäischer Verwaltungsaustausch",
                    "European administrative exchange",
                    "Nachfolger von Move Your Mind",
                    2015,
                    null,
                    "ACTIVE",
                    NOW);
            // Each programme's questions as V34 gives them: per party a mark first, then texts (ids 10p + n).
            for (int p = 1; p <= 2; p++) {
                for (int q = 0; q < QUESTIONS.length; q++) {
                    String[] question = QUESTIONS[q];
                    questions.add(p * 10L + q, p, question[0], q + 1, question[1], question[2], question[2], NOW);
                }
            }
            for (int p = 1; p <= 2; p++) {
                for (int a = 0; a < 40; a++) {
                    administrations.add(p, homeAdministrations.get(a));
                    administrations.add(p, partnerAdministration[1 + a]);
                }
            }
        }
        long placementId = 0;
        long applicationId = 0;
        long nominationId = 0;
        long stayId = 0;
        try (Rows calls = rows(
                        "exchange_call",
                        "id, programme_id, title_de, title_en, opens_at, closes_at, time_zone, stays_from, stays_to,"
                                + " min_weeks, max_weeks, retention_months, updated_at");
                Rows callUnits = rows("call_unit", "call_id, unit_id");
                Rows callLanguages = rows("call_language", "call_id, language");
                Rows criteria = rows("call_criterion", "call_id, criterion, weight");
                Rows placements = rows(
                        "host_placement",
                        "id, call_id, host_unit_id, incoming, topic_de, topic_en, period_from, period_to, weeks,"
                                + " places, mentor, created_by, updated_at");
                Rows placementLanguages = rows("placement_language", "placement_id, language, level");
                Rows applications = rows(
                        "exchange_application",
                        "id, call_id, applicant_id, applicant_name, applicant_email, home_unit_id, position_title,"
                                + " motivation, objectives, preferred_from, preferred_to, weeks, supervisor_id,"
                                + " status, status_since, submitted_at, created_at, live_key");
                Rows applicationLanguages = rows("application_language", "application_id, language, level");
                Rows choices = rows("application_choice", "application_id, rank_no, placement_id");
                Rows steps = rows(
                        "application_step",
                        "application_id, seq, from_status, to_status, actor_id, actor_name, reason, happened_at");
                Rows nominations = rows(
                        "nomination",
                        "id, placement_id, administration_id, guest_name, guest_email, guest_position,"
                                + " guest_languages, motivation, status, nominated_by, nominated_at, decided_by,"
                                + " decided_at");
                Rows stays = rows(
                        "exchange_stay",
                        "id, call_id, placement_id, application_id, nomination_id, incoming, administration_id,"
                                + " berlin_unit_id, guest_name, starts_on, ends_on, status, mentor, updated_at");
                // Declared after the applications: rows are written in the order their tables are declared.
                Rows scorecards =
                        rows("application_score", "application_id, scorer_id, scorer_name, points, scored_at");
                // Each stay's plan and, for a completed stay, its actual costs (issue 13's budget).
                Rows plans = rows(
                        "exchange_stay_budget",
                        "id, stay_id, programme_id, year_no, stage, funding, country_code, currency, days, nights,"
                                + " planned_travel, planned_accommodation, planned_subsistence, planned_at, updated_at");
                Rows costs = rows(
                        "exchange_stay_cost",
                        "budget_id, category, amount, currency, paid_on, note, recorded_by, recorded_at");
                // The evaluation of every completed outgoing stay (issue 13): declared after the stays.
                Rows evaluations = rows(
                        "evaluation_request",
                        "id, stay_id, programme_id, year_no, party, respondent_id, host_administration_id,"
                                + " berlin_unit_id, weeks, due_on, status, reminders, answered_at, report, consent,"
                                + " published, updated_at");
                Rows answers = rows("evaluation_answer", "request_id, question_id, points, text_answer")) {
            String[] path = {"DRAFT", "SUBMITTED", "RELEASED", "CHECKED", "SHORTLISTED", "PLACED"};
            for (int c = 1; c <= CALLS; c++) {
                LocalDate opens = TODAY.minusWeeks(4).minusDays((CALLS - c) * 105L);
                LocalDate closes = opens.plusWeeks(8);
                LocalDate staysFrom = closes.plusMonths(3);
                LocalDate staysTo = staysFrom.plusMonths(9);
                calls.add(
                        c,
                        c <= 6 ? 1 : 2,
                        "Ausschreibung " + c,
                        "Call " + c,
                        opens.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        closes.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        "Europe/Berlin",
                        staysFrom,
                        staysTo,
                        4,
                        16,
                        RETENTION_MONTHS,
                        NOW);
                for (int u = 0; u < 40; u++) {
                    callUnits.add(c, homeAdministrations.get(u));
                }
                for (var weight :
                        org.jumelage.exchange.Criterion.defaultWeights().entrySet()) {
                    criteria.add(c, weight.getKey().name(), weight.getValue());
                }
                callLanguages.add(c, "en");
                callLanguages.add(c, LANGUAGES[1 + c % (LANGUAGES.length - 1)]);
                long[] outgoing = new long[PLACEMENTS_PER_CALL / 2];
                long[] outgoingHost = new long[outgoing.length];
                for (int p = 0; p < PLACEMENTS_PER_CALL; p++) {
                    long id = ++placementId;
                    boolean incoming = p >= outgoing.length;
                    long host = incoming
                            ? homeUnits.get(random.nextInt(80))
                            : partnerAdministration[1 + random.nextInt(40)];
                    placements.add(
                            id,
                            c,
                            host,
                            incoming,
                            "Thema " + id,
                            "Topic " + id,
                            staysFrom,
                            staysTo,
                            8 + random.nextInt(8),
                            1 + random.nextInt(3),
                            person(),
                            "bench",
                            NOW);
                    placementLanguages.add(id, LANGUAGES[random.nextInt(LANGUAGES.length)], LEVELS[random.nextInt(3)]);
                    if (incoming) {
                        int count = 1 + random.nextInt(7);
                        for (int n = 0; n < count; n++) {
                            long nomination = ++nominationId;
                            int pick = random.nextInt(10);
                            String status = pick < 4
                                    ? "NOMINATED"
                                    : pick < 7 ? "ACCEPTED" : pick < 9 ? "DECLINED" : "WITHDRAWN";
                            long administration = partnerAdministration[1 + random.nextInt(40)];
                            Instant nominated =
                                    closes.atStartOfDay(ZoneOffset.UTC).toInstant();
                            boolean decided = status.equals("ACCEPTED") || status.equals("DECLINED");
                            nominations.add(
                                    nomination,
                                    id,
                                    administration,
                                    person(),
                                    "guest" + nomination + "@bench.invalid",
                                    "Referent",
                                    "en B2",
                                    "Motivation " + nomination,
                                    status,
                                    "bench-partner",
                                    nominated,
                                    decided ? "bench-admin" : null,
                                    decided ? nominated.plus(Duration.ofDays(10)) : null);
                            if (status.equals("ACCEPTED")) {
                                stays.add(
                                        ++stayId,
                                        c,
                                        id,
                                        null,
                                        nomination,
                                        true,
                                        administration,
                                        host,
                                        person(),
                                        staysFrom,
                                        staysFrom.plusWeeks(8),
                                        stayStatus(staysFrom),
                                        person(),
                                        NOW);
                                plan(plans, costs, stayId, c, staysFrom, staysFrom.plusWeeks(8), true);
                            }
                        }
                    } else {
                        outgoing[p] = id;
                        outgoingHost[p] = host;
                    }
                }
                // Each applicant once per call: a window of the staff list, shifted per call.
                int offset = random.nextInt(staff.size());
                boolean open = !closes.isBefore(TODAY);
                for (int n = 0; n < APPLICATIONS_PER_CALL; n++) {
                    long id = ++applicationId;
                    int index = (offset + n) % staff.size();
                    long applicant = staff.get(index);
                    long unit = staffUnit.get(index);
                    // Open calls have applications on the way; closed calls end placed, declined or withdrawn.
                    int reached = open ? 1 + random.nextInt(5) : 2 + random.nextInt(5);
                    String status = path[reached - 1];
                    int pick = random.nextInt(100);
                    if (pick < 8 && reached > 1) {
                        status = "WITHDRAWN";
                    } else if (pick < 18 && reached > 1 && !open) {
                        status = "DECLINED";
                    }
                    long supervisor = n % 5 == 0 ? supervisorAccount : staff.get((index + 97) % staff.size());
                    Instant created = opens.atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .plus(Duration.ofHours(random.nextInt(24 * 50)));
                    Instant since = created.plus(Duration.ofDays(reached));
                    applications.add(
                            id,
                            c,
                            applicant,
                            person(),
                            "user" + applicant + "@bench.invalid",
                            unit,
                            "Sachbearbeitung",
                            "Motivation " + id,
                            "Ziele " + id,
                            staysFrom,
                            staysFrom.plusWeeks(12),
                            12,
                            supervisor,
                            status,
                            since,
                            reached > 1 ? created.plus(Duration.ofDays(1)) : null,
                            created,
                            status.equals("WITHDRAWN") ? null : c + ":" + applicant);
                    applicationLanguages.add(id, "en", LEVELS[1 + random.nextInt(4)]);
                    if (random.nextBoolean()) {
                        applicationLanguages.add(id, LANGUAGES[1 + random.nextInt(4)], LEVELS[random.nextInt(5)]);
                    }
                    int choiceCount = 1 + random.nextInt(3);
                    int firstChoice = random.nextInt(outgoing.length);
                    for (int k = 0; k < choiceCount; k++) {
                        choices.add(id, k, outgoing[(firstChoice + k) % outgoing.length]);
                    }
                    String previous = null;
                    int seq = 0;
                    for (int s = 0; s < reached; s++) {
                        steps.add(id, ++seq, previous, path[s], null, "bench", null, created.plus(Duration.ofDays(s)));
                        previous = path[s];
                    }
                    if (!status.equals(previous)) {
                        steps.add(id, ++seq, previous, status, applicant, "bench", "Begründung " + id, since);
                    }
                    if (status.equals("SHORTLISTED")) {
                        // Scored once by the office (bench-admin, account 1) under the default rubric (at most 50).
                        scorecards.add(id, 1L, "bench-admin", random.nextInt(51), since);
                    }
                    if (status.equals("PLACED")) {
                        stays.add(
                                ++stayId,
                                c,
                                outgoing[firstChoice],
                                id,
                                null,
                                false,
                                outgoingHost[firstChoice],
                                unit,
                                null,
                                staysFrom,
                                staysFrom.plusWeeks(12),
                                stayStatus(staysFrom),
                                person(),
                                NOW);
                        plan(plans, costs, stayId, c, staysFrom, staysFrom.plusWeeks(12), false);
                        if (stayStatus(staysFrom).equals("COMPLETED")) {
                            evaluate(
                                    evaluations,
                                    answers,
                                    stayId,
                                    c,
                                    staysFrom,
                                    applicant,
                                    supervisor,
                                    outgoingHost[firstChoice],
                                    unit);
                        }
                    }
                }
            }
        }
    }

    /** The default questions of V34: party, kind, German text (the English is not measured). */
    private static final String[][] QUESTIONS = {
        {"PARTICIPANT", "SCALE", "Wie zufrieden sind Sie insgesamt mit Ihrer Hospitation?"},
        {"PARTICIPANT", "SCALE", "Wie gut haben Sie die Ziele Ihrer Lernvereinbarung erreicht?"},
        {"PARTICIPANT", "TEXT", "Was haben Sie gelernt?"},
        {"HOST", "SCALE", "Wie zufrieden ist Ihre Verwaltung mit dem Aufenthalt?"},
        {"HOST", "TEXT", "Was hat Ihre Verwaltung vom Gast gelernt?"},
        {"SUPERVISOR", "SCALE", "Wie viel des Gelernten wird heute in der täglichen Arbeit genutzt?"},
        {"SUPERVISOR", "TEXT", "Was wurde in die tägliche Arbeit übernommen?"}
    };

    private long evaluationId;
    private long firstEvaluatedStay;

    /**
     * A completed stay's three requests as {@code Evaluations} makes them, answered as most are: the participant and the
     * host with marks and a text each, the supervisor with a mark; every tenth participant's report published.
     */
    private void evaluate(
            Rows evaluations,
            Rows answers,
            long stayId,
            int call,
            LocalDate from,
            long applicant,
            Long supervisor,
            long host,
            long unit)
            throws SQLException {
        long programme = call <= 6 ? 1 : 2;
        if (firstEvaluatedStay == 0) {
            firstEvaluatedStay = stayId;
        }
        LocalDate ended = from.plusWeeks(12);
        Instant answered = ended.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant();
        String[] parties = {"PARTICIPANT", "HOST", "SUPERVISOR"};
        for (String party : parties) {
            long id = ++evaluationId;
            boolean participant = party.equals("PARTICIPANT");
            boolean published = participant && stayId % 10 == 0;
            evaluations.add(
                    id,
                    stayId,
                    programme,
                    from.getYear(),
                    party,
                    party.equals("HOST") ? null : participant ? applicant : supervisor,
                    host,
                    unit,
                    13,
                    party.equals("SUPERVISOR") ? ended.plusMonths(3) : ended,
                    "ANSWERED",
                    1,
                    answered,
                    participant ? "Erfahrungsbericht " + stayId : null,
                    published,
                    published,
                    answered);
            for (int q = 0; q < QUESTIONS.length; q++) {
                if (!QUESTIONS[q][0].equals(party)) {
                    continue;
                }
                boolean mark = QUESTIONS[q][1].equals("SCALE");
                answers.add(
                        id,
                        programme * 10 + q,
                        mark ? 1 + random.nextInt(5) : null,
                        mark ? null : "Antwort " + stayId + " auf Frage " + (q + 1));
            }
        }
    }

    /**
     * A stay's plan as {@code StayBudgets} makes it (days with two travel days, a night more than days) from fixed
     * rates, its programme (calls 1–6 are Move Your Mind's), and for a completed stay three cost lines.
     */
    private static void plan(Rows plans, Rows costs, long stayId, int call, LocalDate from, LocalDate to, boolean in)
            throws SQLException {
        int stayDays = (int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        java.math.BigDecimal travel = new java.math.BigDecimal(in ? "0.00" : "240.00");
        java.math.BigDecimal accommodation =
                new java.math.BigDecimal("45.50").multiply(java.math.BigDecimal.valueOf(stayDays + 1));
        java.math.BigDecimal subsistence =
                new java.math.BigDecimal("27.30").multiply(java.math.BigDecimal.valueOf(stayDays + 2));
        String status = stayStatus(from);
        plans.add(
                stayId,
                stayId,
                call <= 6 ? 1 : 2,
                from.getYear(),
                "COMMITTED",
                in ? "PARTNER_CITY" : "PROGRAMME",
                in ? "DE" : "FR",
                "EUR",
                stayDays + 2,
                stayDays + 1,
                travel,
                accommodation,
                subsistence,
                NOW,
                NOW);
        if (status.equals("COMPLETED")) {
            LocalDate paid = from.plusDays(3);
            costs.add(stayId, "TRAVEL", travel, "EUR", paid, "Beleg " + stayId, "bench-admin", NOW);
            costs.add(stayId, "ACCOMMODATION", accommodation, "EUR", paid, null, "bench-admin", NOW);
            costs.add(stayId, "SUBSISTENCE", subsistence, "EUR", paid, null, "bench-admin", NOW);
        }
    }

    private static String stayStatus(LocalDate starts) {
        if (starts.plusWeeks(12).isBefore(TODAY)) {
            return "COMPLETED";
        }
        return starts.isBefore(TODAY) ? "ONGOING" : "CONFIRMED";
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- audit trail

    /**
     * The audit trail of two years (ADR 0036), oldest first: changes of records by the accounts (most of them), sign-ins
     * and sign-outs, failed sign-ins and denied access; every account has entries, the benchmark's named ones too.
     */
    private void audit() throws SQLException {
        String[] named = {
            "bench-admin",
            "bench-editor",
            "bench-viewer",
            "bench-staff",
            "bench-supervisor",
            "bench-hr",
            "bench-partner"
        };
        String[] types = {"Relationship", "Activity", "Application", "Stay", "Participant", "Contact", "Account"};
        long span = java.time.Duration.ofDays(730).toSeconds();
        try (Rows entries = rows(
                "audit_entry",
                "id, occurred_at, actor, actor_account_id, remote_address, request_id, action, subject_type,"
                        + " subject_id, before_values, after_values")) {
            for (long id = 1; id <= AUDIT_ENTRIES; id++) {
                Instant at = NOW.minusSeconds(span - span * id / AUDIT_ENTRIES);
                long account = 1 + random.nextInt(ACCOUNTS);
                String actor = account <= named.length ? named[(int) account - 1] : "user" + account;
                String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
                String request = java.util
                        .UUID
                        .nameUUIDFromBytes(Long.toString(id).getBytes())
                        .toString();
                int pick = random.nextInt(100);
                String action;
                String type;
                String subject;
                String before = null;
                String after = null;
                if (pick < 70) {
                    action = pick < 55 ? "CHANGED" : pick < 67 ? "CREATED" : "DELETED";
                    type = types[random.nextInt(types.length)];
                    subject = String.valueOf(1 + random.nextInt(RELATIONSHIPS));
                    if (!action.equals("CREATED")) {
                        before = "{\"notes\":\"Notiz " + random.nextInt(100_000) + " von " + person() + "\"}";
                    }
                    if (!action.equals("DELETED")) {
                        after = "{\"notes\":\"Notiz " + random.nextInt(100_000) + " von " + person() + "\"}";
                    }
                } else {
                    action = pick < 85
                            ? "SIGNED_IN"
                            : pick < 92 ? "SIGNED_OUT" : pick < 97 ? "SIGN_IN_FAILED" : "ACCESS_DENIED";
                    type = "Account";
                    subject = String.valueOf(account);
                    if (action.equals("ACCESS_DENIED")) {
                        after = "{\"address\":\"/office/accounts\"}";
                    }
                }
                entries.add(id, at, actor, account, address, request, action, type, subject, before, after);
            }
        }
    }

    private void restartIdentities() throws SQLException {
        String[] tables = {
            "org_unit",
            "account",
            "city",
            "relationship",
            "status_change",
            "instrument",
            "relationship_focus",
            "responsibility",
            "contact",
            "network",
            "activity",
            "programme_item",
            "participant",
            "follow_up_task",
            "exchange_programme",
            "exchange_call",
            "host_placement",
            "exchange_application",
            "application_step",
            "nomination",
            "exchange_stay",
            "exchange_stay_budget",
            "exchange_stay_cost",
            "evaluation_question",
            "evaluation_request",
            "audit_entry"
        };
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                long next;
                try (var result = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                    result.next();
                    next = result.getLong(1);
                }
                statement.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    private Rows rows(String table, String columns) throws SQLException {
        Rows rows = new Rows(table, columns);
        open.add(rows);
        return rows;
    }

    /** Runs the batches of every open table in the order they were opened (parents before children). */
    private void flushAll() throws SQLException {
        for (Rows rows : open) {
            rows.flush();
        }
        if (sinceCommit > 100_000) {
            connection.commit();
            sinceCommit = 0;
        }
    }

    /** Inserts into one table in JDBC batches; columns in the order given, values as Java objects. */
    private final class Rows implements AutoCloseable {

        private final java.sql.PreparedStatement statement;
        private final int width;
        private int pending;

        Rows(String table, String columns) throws SQLException {
            this.width = columns.split(",").length;
            this.statement = connection.prepareStatement("insert into " + table + " (" + columns + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")");
        }

        void add(Object... values) throws SQLException {
            if (values.length != width) {
                throw new IllegalArgumentException(values.length + " values for " + width + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Instant instant) {
                    value = instant.atOffset(ZoneOffset.UTC);
                }
                statement.setObject(i + 1, value);
            }
            statement.addBatch();
            if (++pending >= 2_000) {
                flushAll();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                sinceCommit += pending;
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flushAll();
            open.remove(this);
            statement.close();
        }
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String person() {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    }

    /** A made-up but stable place name for a number: the same number always gives the same name. */
    static String placeName(int number) {
        Random names = new Random(number * 7_919L);
        StringBuilder name = new StringBuilder();
        int parts = 2 + names.nextInt(2);
        for (int i = 0; i < parts; i++) {
            name.append(SYLLABLES[names.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** City names, unique in the data set (the public site's addresses are made from them). */
    private static final String[] CITY_NAMES = new String[CITIES + 1];

    static {
        Set<String> seen = new HashSet<>();
        for (int c = 1; c <= CITIES; c++) {
            String name = placeName(100_000 + c);
            CITY_NAMES[c] = seen.add(name) ? name : name + " " + c;
        }
    }

    private static String cityName(int city) {
        return CITY_NAMES[city];
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
