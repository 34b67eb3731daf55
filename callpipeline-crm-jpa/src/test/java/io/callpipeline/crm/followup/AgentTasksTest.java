package io.callpipeline.crm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.nextstep.Due;
import io.callpipeline.core.nextstep.DueKind;
import io.callpipeline.core.nextstep.NextStep;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.LeadScore;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.call.CallTask;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The "today" list ranks the calls to return by urgency, then warmth: overdue before due today, within
 * each the warmer lead first (an unscored one as lukewarm), then the older date; what is not yet due is
 * not on it, what has no date is listed apart, and a finished task leaves it.
 */
@SpringBootTest(classes = CrmTestApplication.class)
class AgentTasksTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

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
    AgentTasks tasks;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
    }

    /** A completed call whose answer proposes {@code steps}, its lead scored {@code score} (or not). */
    private long call(Integer score, NextStep... steps) {
        List<CallRecord> records = Calls.steps("+97254555" + (1000 + (int) (Math.random() * 8999)));
        records.subList(0, records.size() - 1).forEach(store::save);
        CallResponse r = records.get(records.size() - 1).response();
        store.save(records.get(records.size() - 1).responded(new CallResponse(r.summary(), r.suggestedReply(),
                r.intent(), r.extracted(), true, r.model(), true, null, List.of(steps),
                score == null ? null : new LeadScore(score, "סיבה"))));
        return calls.findByRecordingSid(records.get(0).recordingSid()).orElseThrow().getId();
    }

    private static NextStep due(String task, String day) {
        return new NextStep(task, null, Due.of(DueKind.TODAY), day == null ? null : LocalDate.parse(day));
    }

    @Test
    void overdueComesBeforeTodayAndTheWarmerLeadFirstWithinEach() {
        call(20, due("קר ובאיחור רב", "2026-11-25"));
        call(90, due("חם ובאיחור", "2026-11-27"));
        call(95, due("חם מאוד, להיום", "2026-11-30"));
        call(null, due("בלי ציון, להיום", "2026-11-30"), due("בעוד שבוע", "2026-12-07"));
        call(60, due("בלי תאריך", null));

        AgentTasks.Today today = tasks.today(AccessScope.ALL, TODAY, 50);

        assertThat(today.due()).extracting(CallTask::getTask)
                .containsExactly("חם ובאיחור", "קר ובאיחור רב", "חם מאוד, להיום", "בלי ציון, להיום");
        assertThat(today.undated()).extracting(CallTask::getTask).containsExactly("בלי תאריך");
        assertThat(tasks.today(AccessScope.ALL, TODAY, 2).due()).as("the limit holds").hasSize(2);
        assertThat(tasks.today(AccessScope.NONE, TODAY, 50).due()).as("nobody sees nothing").isEmpty();
    }

    @Test
    void aTaskMarkedDoneLeavesTheListAndOpenedAgainComesBack() {
        long callId = call(50, due("להתקשר", "2026-11-30"));
        CallTask task = tasks.today(AccessScope.ALL, TODAY, 50).due().get(0);

        CallTask done = tasks.mark(callId, task.getId(), true, AccessScope.ALL, "dana");

        assertThat(done.getStatus()).isEqualTo(CallTask.Status.DONE);
        assertThat(done.getDoneBy()).isEqualTo("dana");
        assertThat(done.getDoneAt()).isNotNull();
        assertThat(tasks.today(AccessScope.ALL, TODAY, 50).due()).isEmpty();
        tasks.mark(callId, task.getId(), false, AccessScope.ALL, "dana");
        assertThat(tasks.today(AccessScope.ALL, TODAY, 50).due()).extracting(CallTask::getDoneBy).containsOnlyNulls();
    }

    @Test
    void aTaskOfAnotherCallOrACallTheUserDoesNotSeeIsNotFound() {
        long first = call(50, due("להתקשר", "2026-11-30"));
        long second = call(50, due("לשלוח", "2026-11-30"));
        long secondsTask = calls.find(second, AccessScope.ALL).orElseThrow().getTasks().get(0).getId();

        assertThatThrownBy(() -> tasks.mark(first, secondsTask, true, AccessScope.ALL, "dana"))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> tasks.mark(second, secondsTask, true, AccessScope.NONE, "dana"))
                .isInstanceOf(CallNotFoundException.class);
        assertThat(calls.find(second, AccessScope.ALL).orElseThrow().getTasks())
                .allSatisfy(task -> assertThat(task.getStatus()).isEqualTo(CallTask.Status.OPEN));
    }
}
