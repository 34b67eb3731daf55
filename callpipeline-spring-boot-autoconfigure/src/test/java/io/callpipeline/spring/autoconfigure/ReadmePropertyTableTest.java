package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.spring.testing.PropertyTable;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Keeps the docs' properties equal to the metadata generated from {@link CallPipelineProperties}:
 * the full table in {@code docs/properties.md} and the README's list of every name with its
 * default. On a mismatch the expected text is in {@code target/property-table.md} and
 * {@code target/property-list.md}.
 */
class ReadmePropertyTableTest {

    @Test
    void docsTableListsEveryPropertyWithItsDefaultAndMeaning() throws IOException {
        assertThat(PropertyTable.propertiesDoc()).as("docs/properties.md; the expected table is in target/property-table.md")
                .contains(PropertyTable.ofThisModule());
    }

    @Test
    void readmeListsEveryPropertyWithItsDefault() throws IOException {
        assertThat(PropertyTable.readme()).as("README's property list; the expected one is in target/property-list.md")
                .contains(PropertyTable.listOfThisModule());
    }
}
