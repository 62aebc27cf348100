package com.northstar.suitetest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The TCP sockets this (Linux) machine listens on, by port, with their local addresses as /proc/net shows them. */
final class ListeningSockets {

    private static final String LISTEN = "0A";
    private static final String IPV4_LOOPBACK = "0100007F";
    private static final String IPV6_LOOPBACK = "00000000000000000000000001000000";
    /** ::ffff:127.0.0.1, as a dual-stack (Java) socket bound to 127.0.0.1 shows in /proc/net/tcp6. */
    private static final String IPV4_MAPPED_LOOPBACK = "0000000000000000FFFF00000100007F";

    private ListeningSockets() {
    }

    /** Port to hex local addresses ({@code 0100007F} is 127.0.0.1, {@code 00000000} is every address). */
    static Map<Integer, List<String>> byPort() throws IOException {
        Map<Integer, List<String>> listeners = new TreeMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals(LISTEN)) {
                    String[] local = fields[1].split(":");
                    listeners.computeIfAbsent(Integer.parseInt(local[1], 16), port -> new ArrayList<>()).add(local[0]);
                }
            }
        }
        return listeners;
    }

    static boolean isLoopback(String hexAddress) {
        return hexAddress.equals(IPV4_LOOPBACK) || hexAddress.equals(IPV6_LOOPBACK)
                || hexAddress.equals(IPV4_MAPPED_LOOPBACK);
    }
}
