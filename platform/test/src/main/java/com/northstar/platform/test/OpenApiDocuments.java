package com.northstar.platform.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' OpenAPI documents as committed under {@code openapi/} at the repository's root: the admin console's
 * API types are generated from them, so a field renamed in a service fails the service's boot test until the
 * document is renewed, and then the console's type check wherever it uses the old name.
 */
public final class OpenApiDocuments {

    /** Set to {@code true} to write the served documents instead of comparing them. */
    public static final String UPDATE_VARIABLE = "OPENAPI_UPDATE";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiDocuments() {
    }

    /** The document with every object's keys sorted and two-space indentation, ending in a newline. */
    public static String canonical(String document) {
        return JSON.writeValueAsString(sorted(JSON.readValue(document, Object.class))) + "\n";
    }

    /** openapi/NAME.json in the repository holding the working directory (the module's, under Maven). */
    public static Path committedFile(String applicationName) {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no repository root (a directory with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return directory.resolve("openapi").resolve(applicationName + ".json");
    }

    /** Whether this run writes the served documents ({@value #UPDATE_VARIABLE}=true). */
    public static boolean updating() {
        return "true".equals(System.getenv(UPDATE_VARIABLE));
    }

    static void write(Path file, String document) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, document);
    }

    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> ordered = new TreeMap<>();
            map.forEach((key, value) -> ordered.put(String.valueOf(key), sorted(value)));
            return ordered;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(OpenApiDocuments::sorted).toList();
        }
        return node;
    }
}
