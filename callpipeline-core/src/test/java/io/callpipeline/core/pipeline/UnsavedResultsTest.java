package io.callpipeline.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.callpipeline.core.archive.PrivateDirectory;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.CallRecordJson;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is kept on disk to avoid paying twice: private to the app's user, never trusted blindly, never left behind. */
class UnsavedResultsTest {

    private static final String ACCOUNT = "AC" + "0".repeat(32);

    @TempDir
    Path work;

    private static CallRecord record(String recordingSid) {
        return CallRecord.received(RecordingEvent.completed(ACCOUNT, "CA" + "1".repeat(32), recordingSid));
    }

    private static String sid(char digit) {
        return "RE" + String.valueOf(digit).repeat(32);
    }

    @Test
    void theFolderIsPrivateToTheAppsUser() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        new UnsavedResults(work).keep(record(sid('a')));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve(UnsavedResults.FOLDER))))
                .isEqualTo("rwx------");
    }

    @Test
    void aFolderSomeoneOpenedToOthersIsClosedBeforeUse() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(work.resolve(UnsavedResults.FOLDER),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        new UnsavedResults(work).keep(record(sid('a')));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void aLinkPlantedWhereAResultWouldBeIsNeverRead() throws IOException {
        Path folder = Files.createDirectories(work.resolve(UnsavedResults.FOLDER));
        Path elsewhere = Files.writeString(work.resolve("planted.json"), CallRecordJson.write(record(sid('b'))));
        Files.createSymbolicLink(folder.resolve(sid('b') + ".json"), elsewhere);

        assertThat(new UnsavedResults(work).find(sid('b'))).isEmpty();
    }

    @Test
    void aFolderThatIsALinkIsRefused() throws IOException {
        Path real = Files.createDirectories(work.resolve("real"));
        Files.writeString(real.resolve(sid('c') + ".json"), CallRecordJson.write(record(sid('c'))));
        Files.createSymbolicLink(work.resolve(UnsavedResults.FOLDER), real);

        assertThat(new UnsavedResults(work).find(sid('c'))).isEmpty();
        assertThatThrownBy(() -> PrivateDirectory.prepare(work.resolve(UnsavedResults.FOLDER)))
                .isInstanceOf(IOException.class).hasMessageContaining("link");
    }

    @Test
    void theSweepRemovesWhatNoRunWillReadAgainAndKeepsTheRest() throws IOException {
        UnsavedResults unsaved = new UnsavedResults(work);
        unsaved.keep(record(sid('d')));
        unsaved.keep(record(sid('e')));
        Path folder = work.resolve(UnsavedResults.FOLDER);
        Path oldPartial = Files.writeString(folder.resolve(sid('d') + "123.partial"), "{");
        Files.setLastModifiedTime(oldPartial, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path freshPartial = Files.writeString(folder.resolve(sid('e') + "456.partial"), "{");
        Set<String> open = Set.of(sid('e'));

        int removed = unsaved.sweep(open::contains, Duration.ofMinutes(10), Instant.now());

        assertThat(removed).isEqualTo(2);
        assertThat(unsaved.find(sid('d'))).as("its call ended elsewhere").isEmpty();
        assertThat(unsaved.find(sid('e'))).as("its call is still open").isPresent();
        assertThat(oldPartial).doesNotExist();
        assertThat(freshPartial).as("a write under way").exists();
    }

    @Test
    void aRecordKeptBeforeARestartOrByAnotherInstanceIsForgottenOnceSavedAndAnyProvidersIdIsSwept()
            throws IOException {
        UnsavedResults before = new UnsavedResults(work);
        before.keep(record(sid('c')));
        String otherProvider = "rec_2f9-x";
        before.keep(record(otherProvider));
        UnsavedResults restarted = new UnsavedResults(work); // lists what is there when first asked
        UnsavedResults sharing = new UnsavedResults(work);
        sharing.forget(sid('d')); // lists the folder before the next record is kept beside it
        before.keep(record(sid('d')));
        Path folder = work.resolve(UnsavedResults.FOLDER);

        restarted.forget(sid('c'));
        assertThat(folder.resolve(sid('c') + ".json")).as("kept before the restart, forgotten once saved").doesNotExist();
        assertThat(sharing.find(sid('d'))).as("kept by another instance sharing the folder").isPresent();
        sharing.forget(sid('d'));
        assertThat(folder.resolve(sid('d') + ".json")).doesNotExist();
        assertThat(restarted.sweep(sid -> false, java.time.Duration.ofMinutes(10), java.time.Instant.now()))
                .as("the call of another provider's recording has ended").isEqualTo(1);
        assertThat(folder.resolve(otherProvider + ".json")).doesNotExist();
    }
}
