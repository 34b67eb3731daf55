package io.callpipeline.demo.selfcheck;

/**
 * One line of the seed's "technical checks" table.
 *
 * @param name   what is checked, in Hebrew
 * @param status passed, failed, or not checked
 * @param reason one line saying why, never a secret
 */
public record Check(String name, Status status, String reason) {

    /** Only {@link #PASSED} is green, and only for something actually checked. */
    public enum Status {
        PASSED("תקין"), FAILED("נכשל"), NOT_CHECKED("לא נבדק");

        private final String hebrew;

        Status(String hebrew) {
            this.hebrew = hebrew;
        }

        public String hebrew() {
            return hebrew;
        }
    }

    static Check passed(String name, String reason) {
        return new Check(name, Status.PASSED, reason);
    }

    static Check failed(String name, String reason) {
        return new Check(name, Status.FAILED, reason);
    }

    static Check notChecked(String name, String reason) {
        return new Check(name, Status.NOT_CHECKED, reason);
    }
}
