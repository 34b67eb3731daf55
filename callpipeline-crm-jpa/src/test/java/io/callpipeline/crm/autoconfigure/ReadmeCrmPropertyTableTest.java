package io.callpipeline.crm.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.spring.testing.PropertyTable;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Keeps the docs' CRM properties equal to the metadata generated from {@link CrmProperties}: the
 * full table in {@code docs/properties.md} and the README's list of every name with its default.
 */
class ReadmeCrmPropertyTableTest {

    @Test
    void docsTableListsEveryCrmPropertyWithItsDefaultAndMeaning() throws IOException {
        assertThat(PropertyTable.propertiesDoc()).as("docs/properties.md's CRM table; the expected one is in target/property-table.md")
                .contains(PropertyTable.ofThisModule());
    }

    @Test
    void readmeListsEveryCrmPropertyWithItsDefault() throws IOException {
        assertThat(PropertyTable.readme()).as("README's CRM property list; the expected one is in target/property-list.md")
                .contains(PropertyTable.listOfThisModule());
    }
}
