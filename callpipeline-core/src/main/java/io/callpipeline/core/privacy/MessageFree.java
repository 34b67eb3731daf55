package io.callpipeline.core.privacy;

/**
 * An exception as a log may show it: its class and its causes' classes, and its stack, but none of
 * their messages. A driver's or a library's message can carry the values it was handed (a database
 * names the duplicate key, a parser quotes its input), and those may be a caller's number or words;
 * what happened, and where, is known without them.
 */
public final class MessageFree extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private MessageFree(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** The exception and its causes, their stacks kept and their messages left out. */
    public static RuntimeException of(Throwable e) {
        return copy(e, 0);
    }

    /** {@code IllegalStateException (caused by SQLException)}: the classes only. */
    public static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(e.getClass().getSimpleName());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            out.append(depth == 0 ? " (caused by " : ", by ").append(cause.getClass().getSimpleName());
        }
        return e.getCause() == null ? out.toString() : out.append(')').toString();
    }

    private static MessageFree copy(Throwable e, int depth) {
        Throwable cause = e.getCause();
        return new MessageFree(e, cause == null || depth >= 10 ? null : copy(cause, depth + 1));
    }
}
