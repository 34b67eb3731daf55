package io.callpipeline.crm.privacy;

import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.query.ResultPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who opened what: one row per view, play, download, export, retry, re-answer, assignment and
 * erasure of calls, written before the content leaves (a request the log cannot record is refused,
 * so nothing is seen unlogged). Israel's Data Security Regulations ask a database's owner to keep
 * such a log and to review it; {@link #page} is how an admin reads it. Rows hold ids, the user's
 * name and address, never a caller's number, name or words.
 */
public class AccessLog {

    /** How many call ids a list's entry names: a page's worth (the API's largest page is 100). */
    static final int MAX_LISTED = 150;

    private static final String COLUMNS = "id, occurred_at, actor, action, owner_agency, call_id, customer_id, call_ids,"
            + " client_address, detail";

    private final JdbcTemplate jdbc;
    private final AccessActor actor;
    private final Clock clock;

    public AccessLog(JdbcTemplate jdbc, AccessActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.clock = clock;
    }

    /** The current user acted on one call (of this agency). */
    public void call(AccessAction action, String agency, long callId, Long customerId) {
        write(action, agency, callId, customerId, List.of(), null);
    }

    /** The current user acted on this call; the call, for chaining. */
    public CallLog call(AccessAction action, CallLog call) {
        call(action, call.getOwner().agency(), call.getId(), call.getCustomer() == null ? null : call.getCustomer().getId());
        return call;
    }

    /** The current user was shown these calls (a page of a list, a search, an export). */
    public void calls(AccessAction action, Long customerId, Collection<Long> callIds, String detail) {
        write(action, null, null, customerId, callIds, detail);
    }

    /** Any other entry: an erasure's, a read of the log itself. */
    public void write(AccessAction action, String agency, Long callId, Long customerId, Collection<Long> callIds,
            String detail) {
        List<Long> listed = callIds.stream().limit(MAX_LISTED).toList();
        String ids = listed.isEmpty() ? null
                : listed.stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
        String note = callIds.size() > listed.size()
                ? join(detail, callIds.size() + " calls, the first " + MAX_LISTED + " named") : detail;
        jdbc.update("insert into callpipeline_access_log (occurred_at, actor, action, owner_agency, call_id, customer_id,"
                + " call_ids, client_address, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), truncate(actor.name(), 200), action.name(), agency, callId, customerId,
                ids, truncate(actor.clientAddress(), 64), truncate(note, 200));
    }

    /**
     * A page of the log, newest first.
     *
     * @param filter which entries; every part optional
     */
    public ResultPage<AccessEntry> page(AccessLogFilter filter, int page, int size) {
        List<Object> arguments = new ArrayList<>();
        String where = filter.where(arguments);
        Long total = jdbc.queryForObject("select count(*) from callpipeline_access_log" + where, Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add(ResultPage.offset(page, size));
        List<AccessEntry> items = jdbc.query("select " + COLUMNS + " from callpipeline_access_log" + where
                + " order by occurred_at desc, id desc limit ? offset ?", (row, n) -> entry(row), paged.toArray());
        return new ResultPage<>(items, page, size, total == null ? 0 : total);
    }

    /** Removes the entries older than {@code cutoff} (the log's own retention window); how many. */
    public int purgeBefore(Instant cutoff) {
        return jdbc.update("delete from callpipeline_access_log where occurred_at < ?", Timestamp.from(cutoff));
    }

    private static AccessEntry entry(ResultSet row) throws SQLException {
        String ids = row.getString("call_ids");
        List<Long> callIds = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        return new AccessEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                AccessAction.valueOf(row.getString("action")), row.getString("owner_agency"),
                row.getObject("call_id", Long.class), row.getObject("customer_id", Long.class), callIds,
                row.getString("client_address"), row.getString("detail"));
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
