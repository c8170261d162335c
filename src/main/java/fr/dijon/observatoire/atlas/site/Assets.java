package fr.dijon.observatoire.atlas.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

/** The static files of the site: Leaflet from its webjar (its version read from the webjar), the atlas's CSS and JS. */
final class Assets {

    private static final String LEAFLET_POM = "META-INF/maven/org.webjars.npm/leaflet/pom.properties";
    private static final List<String> LEAFLET_FILES = List.of("leaflet.js", "leaflet.css", "images/marker-icon.png",
            "images/marker-icon-2x.png", "images/marker-shadow.png", "images/layers.png", "images/layers-2x.png");
    private static final List<String> ATLAS_FILES = List.of("atlas.css", "carte.js", "residences.js", "tableaux.js",
            "trouver.js");

    private Assets() {
    }

    /** The version of the Leaflet webjar on the class path. */
    static String leafletVersion() {
        try (InputStream in = resource(LEAFLET_POM)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path assets) throws IOException {
        Files.createDirectories(assets.resolve("leaflet/images"));
        String leaflet = "META-INF/resources/webjars/leaflet/" + leafletVersion() + "/dist/";
        for (String file : LEAFLET_FILES) {
            copy(leaflet + file, assets.resolve("leaflet").resolve(file));
        }
        for (String file : ATLAS_FILES) {
            copy("atlas/" + file, assets.resolve(file));
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = resource(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Assets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("ressource de l'atlas introuvable : " + name);
        }
        return in;
    }
}
