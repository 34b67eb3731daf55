package io.callpipeline.spring.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppWorkDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void twoAppsOnOneMachineGetTwoDirectoriesAndOneAppsInstancesShareOne() {
        Path crm = AppWorkDirectory.of(tmp.toString(), "agent", "crm", "jdbc:postgresql://db/crm");
        Path other = AppWorkDirectory.of(tmp.toString(), "agent", "billing", "jdbc:postgresql://db/billing");
        Path sameDatabaseOtherName = AppWorkDirectory.of(tmp.toString(), "agent", "crm-2", "jdbc:postgresql://db/crm");

        assertThat(crm).isNotEqualTo(other).isNotEqualTo(sameDatabaseOtherName)
                .isEqualTo(AppWorkDirectory.of(tmp.toString(), "agent", "crm", "jdbc:postgresql://db/crm"));
        assertThat(crm.getParent()).isEqualTo(tmp);
        assertThat(crm.getFileName().toString()).startsWith("callpipeline-agent-");
    }

    @Test
    void theDefaultDirectoryIsPrivate() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path directory = AppWorkDirectory.prepare(AppWorkDirectory.of(tmp.toString(), "x", "crm", null));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
    }

    @Test
    void aLinkInItsPlaceIsRefusedNamingTheProperty() throws Exception {
        Path directory = AppWorkDirectory.of(tmp.toString(), "x", "crm", null);
        Files.createSymbolicLink(directory, Files.createDirectory(tmp.resolve("someone-elses")));
        assertThatThrownBy(() -> AppWorkDirectory.prepare(directory)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("callpipeline.processing.work-directory");
    }

    @Test
    void theAppsDirectoryIsNamedByItsNameAndDatabaseAsTheEnvironmentHasThem() {
        org.springframework.mock.env.MockEnvironment crm = new org.springframework.mock.env.MockEnvironment()
                .withProperty("spring.application.name", "crm")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/crm");
        org.springframework.mock.env.MockEnvironment billing = new org.springframework.mock.env.MockEnvironment()
                .withProperty("spring.application.name", "billing")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/crm");
        org.springframework.mock.env.MockEnvironment unresolvable = new org.springframework.mock.env.MockEnvironment()
                .withProperty("spring.application.name", "crm")
                .withProperty("spring.datasource.url", "${NOT_SET_ANYWHERE}");
        unresolvable.setIgnoreUnresolvableNestedPlaceholders(false);
        String tmpDir = System.getProperty("java.io.tmpdir");
        String user = System.getProperty("user.name");

        assertThat(AppWorkDirectory.of(crm))
                .isEqualTo(AppWorkDirectory.of(tmpDir, user, "crm", "jdbc:postgresql://db/crm"))
                .isNotEqualTo(AppWorkDirectory.of(billing));
        assertThat(AppWorkDirectory.of(unresolvable)).as("a placeholder nothing resolves counts as no database")
                .isEqualTo(AppWorkDirectory.of(tmpDir, user, "crm", null));
    }
}
