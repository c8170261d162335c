package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.GeoJsonFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the atlas of a period into {@code <atlas>/<periode>/}: a static French site that works offline (from
 * {@code file://} or any web server) and its PDF. Everything is written into a temporary folder first and
 * swapped in at the end, so a failed build leaves the previous atlas intact. The same inputs give the same bytes,
 * except the generation stamp in the footer.
 */
public final class AtlasBuilder {

    private static final String LEAFLET = "META-INF/resources/webjars/leaflet/1.9.4/dist/";

    private final Path referenceDir;
    private final Path jobsDir;

    public AtlasBuilder(Path referenceDir, Path jobsDir) {
        this.referenceDir = referenceDir;
        this.jobsDir = jobsDir;
    }

    /** Builds and publishes the atlas; returns the index page. */
    public Path build(Connection c, String period, Path atlasRoot, LocalDateTime generatedAt) throws SQLException, IOException {
        AtlasData data = AtlasData.read(c, period);
        Files.createDirectories(atlasRoot);
        Path temp = fr.dijon.observatoire.store.PublishedFiles.temporaryDirectory(atlasRoot, "." + period + "-");
        try {
            write(data, temp, generatedAt);
            new AtlasPdf(data, referenceDir).write(temp.resolve("atlas-" + period + ".pdf"));
            return publish(temp, atlasRoot.resolve(period)).resolve("index.html");
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private void write(AtlasData data, Path site, LocalDateTime generatedAt) throws IOException {
        String epci = data.territoryNames("epci").firstKey();
        String stamp = "Atlas généré le " + generatedAt.format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm"))
                + " (heure de Paris) — méthode " + data.metadata().methodVersion() + ", période " + data.metadata().period() + ".";
        SiteLayout layout = new SiteLayout(stamp, data.metadata().secrecyThreshold());
        copyAssets(site.resolve("assets"));
        MapData.write(data, referenceDir, site.resolve("donnees"));
        List<GeoFeature> communes = GeoJsonFeatures.read(referenceDir.resolve("dm_communes.geojson"), "code_insee");
        List<GeoFeature> qpv = GeoJsonFeatures.read(referenceDir.resolve("dm_qpv_2024.geojson"), "code_qp");
        TerritoryPages territories = new TerritoryPages(data, epci, communes, qpv);

        page(site, "index.html", layout.page("Accueil", "", "index.html", HomePage.body(data, epci), true, MapPage.head("")));
        page(site, "carte.html", layout.page("Carte interactive", "", "carte.html", MapPage.body(), false, MapPage.head("")));
        page(site, "communes.html", layout.page("Communes", "", "communes.html", territories.list("commune", "communes",
                "Une fiche par commune de la métropole : chiffres clés comparés à la métropole, carte, parc et résidences."),
                true, ""));
        page(site, "qpv.html", layout.page("Quartiers prioritaires", "", "qpv.html", territories.list("qpv", "qpv",
                "Une fiche par quartier prioritaire de la politique de la ville (périmètres 2024)."), true, ""));
        for (Map.Entry<String, String> t : data.territoryNames("commune").entrySet()) {
            page(site, "communes/" + t.getKey() + ".html", layout.page(t.getValue(), "../", "communes.html",
                    territories.sheet("commune", t.getKey(), t.getValue()), true, ""));
        }
        for (Map.Entry<String, String> t : data.territoryNames("qpv").entrySet()) {
            page(site, "qpv/" + t.getKey() + ".html", layout.page("Quartier prioritaire " + t.getValue(), "../", "qpv.html",
                    territories.sheet("qpv", t.getKey(), t.getValue()), true, ""));
        }
        page(site, "residences.html", layout.page("Résidences", "", "residences.html", ResidencePages.tableBody(data),
                true, ResidencePages.tableHead()));
        for (AtlasData.Residence r : data.residences()) {
            page(site, "residences/" + r.id() + ".html", layout.page(r.address(), "../", "residences.html",
                    ResidencePages.sheet(data, r), true, ""));
        }
        page(site, "sans-abrisme.html", layout.page("Sans-abrisme et Logement d'abord", "", "sans-abrisme.html",
                HomelessnessPage.body(data), true, ""));
        page(site, "methodologie.html", layout.page("Méthodologie et sources", "", "methodologie.html",
                MethodologyPage.body(data, jobsDir, referenceDir), true, ""));
    }

    private static void page(Path site, String file, String html) throws IOException {
        Path target = site.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, html, StandardCharsets.UTF_8);
    }

    private static void copyAssets(Path assets) throws IOException {
        Files.createDirectories(assets.resolve("leaflet/images"));
        for (String file : List.of("leaflet.js", "leaflet.css", "images/marker-icon.png", "images/marker-icon-2x.png",
                "images/marker-shadow.png", "images/layers.png", "images/layers-2x.png")) {
            copy(LEAFLET + file, assets.resolve("leaflet").resolve(file));
        }
        for (String file : List.of("atlas.css", "carte.js", "residences.js")) {
            copy("atlas/" + file, assets.resolve(file));
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = AtlasBuilder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ressource de l'atlas introuvable : " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Swaps the new site in: the old one is moved aside, the new one renamed into place, the old one removed. */
    private static Path publish(Path temp, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".ancien");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        return target;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
