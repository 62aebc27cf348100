package com.northstar.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The suite's work tree as the deployment files see it: its modules, their ports and its version. */
final class Suite {

    static final Path ROOT = findRoot();

    /** {@code server.port: 8081} or {@code server.port: ${SERVER_PORT:8081}}. */
    private static final Pattern PORT_DEFAULT = Pattern.compile("^(?:\\$\\{[A-Za-z_.]+:(\\d+)}|(\\d+))$");

    private static final Document ROOT_POM = parsePom(ROOT.resolve("pom.xml"));

    private static final List<App> APPS = discoverApps();

    private Suite() {
    }

    /** Every module that is deployed: the root pom's gateway, config-server, auth-server and *-service modules. */
    static List<App> apps() {
        return APPS;
    }

    static List<App> businessServices() {
        return APPS.stream().filter(App::isBusinessService).toList();
    }

    /** The apps with a database schema of their own: the business services and the auth-server. */
    static List<App> appsWithASchema() {
        return APPS.stream().filter(App::ownsASchema).toList();
    }

    static String version() {
        return childText(ROOT_POM.getDocumentElement(), "version");
    }

    static String read(String relativePath) {
        try {
            return Files.readString(ROOT.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String artifactIdOf(Path moduleDir) {
        return childText(parsePom(moduleDir.resolve("pom.xml")).getDocumentElement(), "artifactId");
    }

    private static List<App> discoverApps() {
        List<App> apps = new ArrayList<>();
        NodeList modules = ROOT_POM.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().trim();
            if (module.equals("gateway") || module.equals("config-server") || module.equals("auth-server")
                    || module.endsWith("-service")) {
                Path dir = ROOT.resolve(module);
                apps.add(new App(module, dir, declaredPort(dir, "server.port"), declaredPort(dir, "management.server.port")));
            }
        }
        return List.copyOf(apps);
    }

    /** The main resources' YAML of a module: application.yml, or application-PROFILE.yml for a profile. */
    static Map<String, Object> applicationYaml(App app, String profile) {
        Path file = app.moduleDir().resolve("src/main/resources/application" + (profile.isEmpty() ? "" : "-" + profile) + ".yml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(app + " has no " + ROOT.relativize(file));
        }
        return Yaml.load(file);
    }

    /**
     * The environment variables an app declares in {@code platform.local-only-defaults} of its application.yml
     * (comma-separated or a YAML list): their defaults only work on a developer's machine, so prod must set them.
     */
    static List<String> localOnlyDefaults(App app) {
        Object declared = Yaml.at(applicationYaml(app, ""), "platform.local-only-defaults");
        if (declared == null) {
            return List.of();
        }
        List<?> entries = declared instanceof List<?> list ? list : List.of(String.valueOf(declared).split(","));
        return entries.stream().map(entry -> String.valueOf(entry).trim()).filter(entry -> !entry.isEmpty()).toList();
    }

    /** Every YAML file that configures the services: config/, platform-defaults.yml and each module's resources. */
    static List<Path> configurationFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> config = Files.list(ROOT.resolve("config"))) {
            config.filter(file -> file.toString().endsWith(".yml")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(ROOT.resolve("platform/service/src/main/resources/platform-defaults.yml"));
        for (App app : APPS) {
            try (Stream<Path> resources = Files.list(app.moduleDir().resolve("src/main/resources"))) {
                resources.filter(file -> file.getFileName().toString().matches("application.*\\.ya?ml"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** A line of ./suite's component table: {@code "name|module|port|management port|health"}. */
    record SuiteComponent(String name, String module, int port, String managementPort) {
    }

    private static final Pattern SUITE_COMPONENT =
            Pattern.compile("^\\s*\"([a-z-]+)\\|([a-z/-]+)\\|(\\d+)\\|(\\d+|-)\\|(http|port)\"$");

    /** The components ./suite starts, read from its COMPONENTS table. */
    static Map<String, SuiteComponent> suiteComponents() {
        Map<String, SuiteComponent> components = new LinkedHashMap<>();
        for (String line : read("suite").lines().toList()) {
            Matcher component = SUITE_COMPONENT.matcher(line);
            if (component.matches()) {
                components.put(component.group(1), new SuiteComponent(component.group(1), component.group(2),
                        Integer.parseInt(component.group(3)), component.group(4)));
            }
        }
        return components;
    }

    private static OptionalInt declaredPort(Path moduleDir, String property) {
        Path resources = moduleDir.resolve("src/main/resources");
        return Stream.of("application.yml", "application.yaml")
                .map(resources::resolve)
                .filter(Files::isRegularFile)
                .map(file -> Yaml.string(Yaml.load(file), property))
                .filter(value -> value != null)
                .map(value -> PORT_DEFAULT.matcher(value.trim()))
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)))
                .findFirst();
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.isRegularFile(dir.resolve("mvnw"))
                    && Files.isDirectory(dir.resolve("deploy-check"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no suite root (pom.xml, mvnw, deploy-check/) above " + Path.of("").toAbsolutePath());
    }

    private static Document parsePom(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static String childText(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        throw new IllegalStateException("<" + parent.getTagName() + "> has no <" + name + ">");
    }
}
