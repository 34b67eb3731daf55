package io.callpipeline.spring.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds a process has used, read from Linux's {@code /proc}, so a load run can say who had
 * the machine's cores: the app, the stand-in providers, the sender or PostgreSQL. On 2 cores a
 * latency ratio means little without it. Reads 0 where there is no {@code /proc}.
 */
final class CpuTime {

    /** Clock ticks a second in {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final double TICKS = 100.0;

    private CpuTime() {
    }

    /** User and system seconds of one process. */
    static double of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name, in parentheses, may hold spaces: count the fields after its end
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The seconds of every process with this command name (PostgreSQL runs one per connection). */
    static double ofCommand(String command) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> command.equals(read(p.resolve("comm"))))
                    .mapToDouble(p -> of(Long.parseLong(p.getFileName().toString()))).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
