package com.northstar.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Every module that is deployed: the root pom's gateway, config-server and *-service modules. */
    static List<App> apps() {
        return APPS;
    }

    static List<App> businessServices() {
        return APPS.stream().filter(App::isBusinessService).toList();
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
            if (module.equals("gateway") || module.equals("config-server") || module.endsWith("-service")) {
                Path dir = ROOT.resolve(module);
                apps.add(new App(module, dir, declaredPort(dir)));
            }
        }
        return List.copyOf(apps);
    }

    private static OptionalInt declaredPort(Path moduleDir) {
        Path resources = moduleDir.resolve("src/main/resources");
        return Stream.of("application.yml", "application.yaml")
                .map(resources::resolve)
                .filter(Files::isRegularFile)
                .map(file -> Yaml.string(Yaml.load(file), "server.port"))
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
