package io.callpipeline.crm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.spring.testing.PropertyTable;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Keeps the README's CRM property table equal to the metadata generated from {@link CrmProperties}. */
class ReadmeCrmPropertyTableTest {

    @Test
    void readmeListsEveryCrmPropertyWithItsDefault() throws IOException {
        assertThat(PropertyTable.readme()).as("README's CRM property table; the expected one is in target/property-table.md")
                .contains(PropertyTable.ofThisModule());
    }
}
