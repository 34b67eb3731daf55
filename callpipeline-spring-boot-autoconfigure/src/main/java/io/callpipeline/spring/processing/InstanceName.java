package io.callpipeline.spring.processing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The name this instance goes by in the queue ({@code picked_by}) and in health. db-scheduler's own
 * default is the host name, so two instances on one machine (a second JVM for a rolling deploy, two
 * containers sharing a host name, two apps in one JVM) would look like one: which of them holds a
 * job could not be told, and neither could a dead one's jobs from a live one's. The default is the
 * host name and the process id, with a number after it for the second and later instance started
 * in the same JVM; {@code callpipeline.processing.instance-name} sets it outright.
 *
 * @param value the name, at most {@value #MAX_LENGTH} characters (db-scheduler cuts longer ones)
 */
public record InstanceName(String value) {

    /** The longest name db-scheduler writes to {@code picked_by} whole. */
    public static final int MAX_LENGTH = 50;

    private static final AtomicInteger STARTED_IN_THIS_JVM = new AtomicInteger();

    public InstanceName {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("An instance name is 1 to " + MAX_LENGTH + " characters, not '"
                    + value + "'");
        }
    }

    /**
     * The configured name, or this host's name and this process's id when none is configured (and,
     * from the second instance made in this JVM on, its number).
     */
    public static InstanceName of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new InstanceName(configured.strip());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        int nth = STARTED_IN_THIS_JVM.incrementAndGet();
        String suffix = "-" + ProcessHandle.current().pid() + (nth == 1 ? "" : "-" + nth);
        String name = host.length() + suffix.length() > MAX_LENGTH ? host.substring(0, MAX_LENGTH - suffix.length()) : host;
        return new InstanceName(name + suffix);
    }
}
