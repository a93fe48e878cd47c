package org.jumelage.audit.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jumelage.audit.AuditAction;
import org.jumelage.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail ({@code audit_entry}, ADR 0036). Written with plain SQL on the connection of the
 * caller's transaction (the entity listener: Hibernate's own connection), never updated; read page by page, newest
 * first, or streamed for an export.
 */
@Service
public class AuditLog implements AuditTrail {

    public static final int PAGE_SIZE = 50;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String INSERT = "insert into audit_entry (occurred_at, actor, actor_account_id,"
            + " remote_address, request_id, action, subject_type, subject_id, before_values, after_values)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String COLUMNS = "id, occurred_at, actor, actor_account_id, remote_address, request_id,"
            + " action, subject_type, subject_id, before_values, after_values";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entities;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public <T> T erasing(java.util.function.Supplier<T> erasure) {
        return org.jumelage.shared.Audited.withoutValues(() -> {
            T result = erasure.get();
            // The changes are written (and with them their entries) while values are still left out.
            entities.flush();
            return result;
        });
    }

    @Override
    public void record(AuditAction action, String subjectType, String subjectId, Map<String, String> details) {
        write(AuditContext.current(), action.name(), subjectType, subjectId, details);
    }

    @Override
    public void recordFor(
            String actor, AuditAction action, String subjectType, String subjectId, Map<String, String> details) {
        AuditContext context = AuditContext.current();
        write(
                new AuditContext(AuditContext.cut(actor, 100), null, context.remoteAddress(), context.requestId()),
                action.name(),
                subjectType,
                subjectId,
                details);
    }

    private void write(
            AuditContext context, String action, String subjectType, String subjectId, Map<String, String> details) {
        // JdbcTemplate takes the connection of the caller's transaction when there is one.
        jdbc.execute((Connection connection) -> {
            insert(
                    connection,
                    clock.instant(),
                    context,
                    action,
                    subjectType,
                    subjectId,
                    null,
                    details.isEmpty() ? null : json(new LinkedHashMap<>(details)));
            return null;
        });
    }

    static void insert(
            Connection connection,
            Instant at,
            AuditContext context,
            String action,
            String subjectType,
            String subjectId,
            String before,
            String after)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, context.actor());
            if (context.actorAccountId() == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, context.actorAccountId());
            }
            insert.setString(4, context.remoteAddress());
            insert.setString(5, context.requestId());
            insert.setString(6, action);
            insert.setString(7, AuditContext.cut(subjectType, 100));
            insert.setString(8, AuditContext.cut(subjectId, 100));
            insert.setString(9, before);
            insert.setString(10, after);
            insert.executeUpdate();
        }
    }

    static String json(Map<String, ?> values) {
        return values == null ? null : JSON.writeValueAsString(values);
    }

    /**
     * How many entries a search counts at most: beyond it the page says "more than" and asks for a narrower filter,
     * instead of counting a table that grows with every change.
     */
    public static final int COUNTED_AT_MOST = 10_000;

    /**
     * The entries the query finds, newest first, one page of {@link #PAGE_SIZE}; the total is counted up to {@link
     * #COUNTED_AT_MOST} + 1.
     */
    public Page<AuditEntry> search(AuditQuery query, int page, ZoneId zone) {
        List<Object> arguments = new ArrayList<>();
        String where = query.where(arguments, zone);
        List<Object> counted = new ArrayList<>(arguments);
        counted.add(COUNTED_AT_MOST + 1);
        long total = jdbc.queryForObject(
                "select count(*) from (select 1 from audit_entry" + where + " limit ?) found",
                Long.class,
                counted.toArray());
        int number = Math.max(0, Math.min(page, COUNTED_AT_MOST / PAGE_SIZE));
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(PAGE_SIZE);
        paged.add((long) number * PAGE_SIZE);
        List<AuditEntry> entries = jdbc.query(
                "select " + COLUMNS + " from audit_entry" + where + " order by id desc limit ? offset ?",
                (rs, row) -> entry(rs),
                paged.toArray());
        return new PageImpl<>(entries, PageRequest.of(number, PAGE_SIZE), total);
    }

    /**
     * Hands every entry the query finds to {@code each}, newest first, without holding them all in memory (PostgreSQL
     * streams rows by the fetch size only inside a transaction).
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void export(AuditQuery query, ZoneId zone, Consumer<AuditEntry> each) {
        List<Object> arguments = new ArrayList<>();
        String where = query.where(arguments, zone);
        jdbc.query(
                connection -> {
                    PreparedStatement select = connection.prepareStatement(
                            "select " + COLUMNS + " from audit_entry" + where + " order by id desc");
                    select.setFetchSize(500);
                    for (int i = 0; i < arguments.size(); i++) {
                        select.setObject(i + 1, arguments.get(i));
                    }
                    return select;
                },
                (ResultSet rs) -> each.accept(entry(rs)));
    }

    /** Every entry about one account, or made by it, oldest first (a person's subject-access request). */
    public List<AuditEntry> about(long accountId) {
        return jdbc.query(
                "select " + COLUMNS + " from audit_entry where actor_account_id = ?"
                        + " or (subject_type = 'Account' and subject_id = ?) order by id",
                (rs, row) -> entry(rs),
                accountId,
                String.valueOf(accountId));
    }

    /** How many entries {@link #about} would give. */
    public long countAbout(long accountId) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor_account_id = ?"
                        + " or (subject_type = 'Account' and subject_id = ?)",
                Long.class,
                accountId,
                String.valueOf(accountId));
    }

    /** Deletes entries older than {@code keep} (retention). */
    int deleteBefore(Instant cutoff) {
        return jdbc.update("delete from audit_entry where occurred_at < ?", Timestamp.from(cutoff));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long accountId = rs.getLong("actor_account_id");
        Long actorAccountId = rs.wasNull() ? null : accountId;
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                actorAccountId,
                rs.getString("remote_address"),
                rs.getString("request_id"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("before_values"),
                rs.getString("after_values"));
    }
}
