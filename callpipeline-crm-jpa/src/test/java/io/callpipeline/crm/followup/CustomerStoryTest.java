package io.callpipeline.crm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.customer.CustomerNotFoundException;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A customer's calls at a glance: how many and when, the last answer's warmth, what is still to do and
 * the last summaries, newest first; of another agency's customer, nothing.
 */
@SpringBootTest(classes = CrmTestApplication.class)
class CustomerStoryTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, "http://127.0.0.1:9");
    }

    @Autowired
    TranscriptStore store;

    @Autowired
    CallHistory calls;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    CustomerStory stories;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
    }

    @Test
    void theCustomersCallsAtAGlanceNewestFirst() {
        for (int i = 0; i < 7; i++) {
            List<CallRecord> steps = Calls.steps("+972545551234");
            steps.forEach(store::save);
            long id = calls.findByRecordingSid(steps.get(0).recordingSid()).orElseThrow().getId();
            jdbc.update("update callpipeline_call_log set occurred_at = ? where id = ?",
                    java.sql.Timestamp.from(Calls.STARTED.plusSeconds(3600L * i)), id);
            jdbc.update("update callpipeline_call_transcript set summary = ?, lead_score = ? where call_log_id = ?",
                    "שיחה " + i, 10 * i, id);
        }
        List<CallRecord> unanswered = Calls.steps("+972545551234");
        store.save(unanswered.get(0));
        store.save(unanswered.get(1));
        jdbc.update("update callpipeline_call_task set status = 'DONE' where task = ?", Calls.STEPS.get(1).task());
        Customer dana = calls.findByRecordingSid(unanswered.get(0).recordingSid()).orElseThrow().getCustomer();

        CustomerStory.Story story = stories.of(dana.getId(), AccessScope.ALL);

        assertThat(story.calls()).isEqualTo(8);
        assertThat(story.answered()).isEqualTo(7);
        assertThat(story.leadScore()).as("the last answer's").isEqualTo(60);
        assertThat(story.recent()).extracting(CustomerStory.Recent::summary)
                .containsExactly("שיחה 6", "שיחה 5", "שיחה 4", "שיחה 3", "שיחה 2");
        assertThat(story.openTasks()).hasSize(7).allSatisfy(open -> assertThat(open.task())
                .isEqualTo(Calls.STEPS.get(0).task()));
        assertThat(story.first()).isBefore(story.last());
        assertThatThrownBy(() -> stories.of(dana.getId(), AccessScope.agencies(Set.of("haifa"))))
                .isInstanceOf(CustomerNotFoundException.class);
    }
}
