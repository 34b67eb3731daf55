package io.callpipeline.core.archive;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Set;

/**
 * A directory only this process's user can enter: callers' audio and paid-for results are kept in
 * one, so another local user can neither read them nor plant a file the app would then trust. Made
 * with mode 0700 where the file system has POSIX permissions; one that already exists is used only
 * if it is a real directory (not a link), owned by this user, and closed to everyone else.
 */
public final class PrivateDirectory {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private PrivateDirectory() {
    }

    /**
     * Makes the directory (and its parents) if needed, and checks it.
     *
     * @return the directory
     * @throws IOException when it cannot be made, or exists but is not private to this user (the
     *         message says which, so an operator can fix it)
     */
    public static Path prepare(Path directory) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                if (posix) {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectory(directory);
                }
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // made meanwhile (by another instance of the app, or someone else): checked below
            }
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(directory + " is not a directory (or is a link): refusing to keep recordings there");
        }
        if (posix) {
            UserPrincipal owner = Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS);
            UserPrincipal me = currentUser();
            if (!owner.equals(me)) {
                throw new IOException(directory + " belongs to " + owner.getName() + ", not to " + me.getName()
                        + ": refusing to keep recordings there");
            }
            if (!OWNER_ONLY.containsAll(Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS))) {
                Files.setPosixFilePermissions(directory, OWNER_ONLY);
            }
        }
        return directory;
    }

    /** Whether a file found in a private directory is one this user wrote: a regular file of its own, not a link. */
    public static boolean isOwn(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).equals(currentUser());
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * This process's user as the file system names owners: the owner of a file it has just made.
     * Not {@code user.name}, which a container's user without a name in its passwd file does not match.
     */
    private static UserPrincipal currentUser() throws IOException {
        UserPrincipal known = currentUser;
        if (known == null) {
            Path probe = Files.createTempFile("callpipeline-owner", ".probe");
            try {
                known = Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
            } finally {
                Files.deleteIfExists(probe);
            }
            currentUser = known;
        }
        return known;
    }

    private static volatile UserPrincipal currentUser;
}
