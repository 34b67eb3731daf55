package io.callpipeline.spring.processing;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name this instance goes by in the queue ({@code picked_by}) and in health. db-scheduler's own
 * default is the host name, so two instances on one machine (a second JVM for a rolling deploy, two
 * containers sharing a host name) would look like one: which of them holds a job could not be told,
 * and neither could a dead one's jobs from a live one's. The default is the host name and the process
 * id; {@code callpipeline.processing.instance-name} sets it outright.
 *
 * @param value the name, at most 64 characters
 */
public record InstanceName(String value) {

    public InstanceName {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("An instance name is 1 to 64 characters, not '" + value + "'");
        }
    }

    /** The configured name, or this host's name and this process's id when none is configured. */
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
        String pid = Long.toString(ProcessHandle.current().pid());
        String name = host.length() + pid.length() + 1 > 64 ? host.substring(0, 63 - pid.length()) : host;
        return new InstanceName(name + "-" + pid);
    }
}
