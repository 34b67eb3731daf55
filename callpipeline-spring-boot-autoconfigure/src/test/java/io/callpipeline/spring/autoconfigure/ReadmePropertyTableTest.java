package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.spring.testing.PropertyTable;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "Every property" table equal to the metadata generated from
 * {@link CallPipelineProperties}; on a mismatch the expected table is in {@code target/property-table.md}.
 */
class ReadmePropertyTableTest {

    @Test
    void readmeListsEveryPropertyWithItsDefault() throws IOException {
        assertThat(PropertyTable.readme()).as("README's property table; the expected one is in target/property-table.md")
                .contains(PropertyTable.ofThisModule());
    }
}
