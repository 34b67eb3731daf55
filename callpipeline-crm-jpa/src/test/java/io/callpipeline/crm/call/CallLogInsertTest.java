package io.callpipeline.crm.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.call.Origin;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.crm.persistence.EntityInsert;
import io.callpipeline.crm.persistence.UniqueInsert;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake inserts a call's row with a plain statement (behind a savepoint, so a twin callback's unique violation
 * spoils nothing), written from the entity's own mapping: it names every column the migrations made that the row
 * can be given, and a row it inserts reads back through the entity as it was. A column added to the table and the
 * entity is inserted without touching the statement; one added to the table alone fails here.
 */
@SpringBootTest(classes = CrmTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CallLogInsertTest {

    /** What the insert leaves to others: the database's id, the customer found later, the erasure's time. */
    private static final Set<String> NOT_INSERTED = Set.of("id", "customer_id", "audio_deleted_at");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, "http://127.0.0.1:9");
    }

    @Autowired
    EntityManagerFactory factory;

    @Autowired
    EntityManager entities;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theInsertNamesEveryColumnOfTheTableTheNewRowCanBeGiven() throws Exception {
        Set<String> table = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, "CALLPIPELINE_CALL_LOG", null)) {
            while (columns.next()) {
                table.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        table.removeAll(NOT_INSERTED);

        assertThat(table).isNotEmpty();
        assertThat(new TreeSet<>(EntityInsert.of(factory, CallLog.class).columns())).isEqualTo(table);
    }

    @Test
    void aRowItInsertsReadsBackThroughTheEntityAsItWas() {
        String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CallLog row = new CallLog();
        row.ownerAgency = "north";
        row.accountSid = "AC0123456789abcdef0123456789abcdef";
        row.callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        row.recordingSid = recordingSid;
        row.callbackDuration = 42;
        row.callKnown = true;
        row.stage = ProcessingStage.RECEIVED;
        row.status = CallStatus.PROCESSING;
        row.attempts = 2;
        row.origin = Origin.RECONCILIATION;
        row.occurredAt = at;
        row.createdAt = at;
        row.updatedAt = at.plusSeconds(1);
        EntityInsert<CallLog> insert = EntityInsert.of(factory, CallLog.class);

        boolean inserted = transactions.execute(status ->
                new UniqueInsert(new JdbcTemplate(dataSource)).insert(insert.sql(), insert.values(row)));
        boolean twin = transactions.execute(status ->
                new UniqueInsert(new JdbcTemplate(dataSource)).insert(insert.sql(), insert.values(row)));

        assertThat(inserted).isTrue();
        assertThat(twin).as("the recording is unique: a twin inserts nothing").isFalse();
        CallLog read = transactions.execute(status -> entities.createQuery(
                "select c from CallpipelineCallLog c where c.recordingSid = :sid", CallLog.class)
                .setParameter("sid", recordingSid).getSingleResult());
        assertThat(read.getId()).isNotNull();
        assertThat(read.getOwner().agency()).isEqualTo("north");
        assertThat(read.callbackDuration).isEqualTo(42);
        assertThat(read.callKnown).isTrue();
        assertThat(read.stage).isEqualTo(ProcessingStage.RECEIVED);
        assertThat(read.status).isEqualTo(CallStatus.PROCESSING);
        assertThat(read.origin).isEqualTo(Origin.RECONCILIATION);
        assertThat(read.attempts).isEqualTo(2);
        assertThat(read.occurredAt).isEqualTo(at);
        assertThat(read.updatedAt).isEqualTo(at.plusSeconds(1));
        assertThat(read.lastErrorRetryable).isNull();
    }

    @Test
    void aTypeThatIsNoEntityIsRefused() {
        assertThatThrownBy(() -> EntityInsert.of(factory, String.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
