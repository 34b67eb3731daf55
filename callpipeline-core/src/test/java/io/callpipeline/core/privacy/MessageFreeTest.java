package io.callpipeline.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a log shows of an exception: classes and stacks, never the values a message may quote. */
class MessageFreeTest {

    @Test
    void theMessagesOfAnExceptionAndItsCausesAreLeftOutAndItsStackKept() {
        SQLException driver = new SQLException("duplicate key value: Key (owner_agency, phone)=(tlv, +972541234567)");
        IllegalStateException wrapped = new IllegalStateException("could not save 'תעודת זהות 123456782'", driver);

        RuntimeException safe = MessageFree.of(wrapped);

        assertThat(safe.getMessage()).isEqualTo(IllegalStateException.class.getName());
        assertThat(safe.getCause().getMessage()).isEqualTo(SQLException.class.getName());
        assertThat(safe.getStackTrace()).isEqualTo(wrapped.getStackTrace());
        StringBuilder all = new StringBuilder(safe.toString());
        for (Throwable t = safe; t != null; t = t.getCause()) {
            all.append(t.getMessage());
        }
        assertThat(all).doesNotContain("972541234567").doesNotContain("123456782").doesNotContain("תעודת");
        assertThat(MessageFree.describe(wrapped)).isEqualTo("IllegalStateException (caused by SQLException)");
    }
}
