package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.GeoJsonFeatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes the static site of a period: every page through its JTE template, the data files and the assets. */
public final class SiteWriter {

    private static final String MAP_SCRIPTS = "donnees/communes.js donnees/qpv.js donnees/residences.js assets/carte.js";

    private final AtlasData data;
    private final Path referenceDir;
    private final Dictionary dictionary;
    private final Page.SiteFrame frame;

    public SiteWriter(AtlasData data, Path referenceDir, Dictionary dictionary, String stamp, String pdf) {
        this.data = data;
        this.referenceDir = referenceDir;
        this.dictionary = dictionary;
        this.frame = new Page.SiteFrame(stamp, "« s » : valeur couverte par le secret statistique. Aucun chiffre publié "
                + "ne repose sur moins de " + data.metadata().secrecyThreshold() + " ménages ou personnes, et certaines "
                + "valeurs voisines sont aussi masquées pour qu'aucune ne puisse être retrouvée par différence.", pdf,
                data.metadata().period());
    }

    private Page page(String title, String root, String active, String scripts, boolean leaflet) {
        List<String> list = scripts.isBlank() ? List.of() : List.of(scripts.split(" "));
        return new Page(title, root, active, list, leaflet, frame);
    }

    public void write(Path site) throws IOException {
        Assets.copy(site.resolve("assets"));
        PageData.write(data, referenceDir, site.resolve("donnees"));
        List<GeoFeature> communes = GeoJsonFeatures.read(referenceDir.resolve("dm_communes.geojson"), "code_insee");
        List<GeoFeature> qpv = GeoJsonFeatures.read(referenceDir.resolve("dm_qpv_2024.geojson"), "code_qp");
        TerritoryPages territories = new TerritoryPages(data, dictionary, communes, qpv);
        ResidencePages residences = new ResidencePages(data);
        String tables = "assets/tableaux.js";

        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("index.html", () -> HomePage.render(data, page("Accueil", "", "index.html", MAP_SCRIPTS, true))));
        jobs.add(new Job("carte.html", () -> SiteRenderer.render("carte.jte", Map.of("page",
                page("Carte interactive", "", "carte.html", MAP_SCRIPTS, true)))));
        jobs.add(new Job("trouver.html", () -> Finder.render(data, page("Trouver une résidence", "", "trouver.html",
                "donnees/logements.js assets/trouver.js", false))));
        jobs.add(new Job("communes.html", () -> territories.list(page("Communes", "", "communes.html", tables, false),
                "commune", "communes", "Une fiche par commune de la métropole : chiffres clés comparés à la métropole, "
                        + "indicateurs, carte, parc et résidences.")));
        jobs.add(new Job("qpv.html", () -> territories.list(page("Quartiers prioritaires", "", "qpv.html", tables, false),
                "qpv", "qpv", "Une fiche par quartier prioritaire de la politique de la ville (périmètres 2024).")));
        data.territoryNames("commune").forEach((code, name) -> jobs.add(new Job("communes/" + code + ".html",
                () -> territories.sheet(page(name, "../", "communes.html", tables, false), "commune", code, name))));
        data.territoryNames("qpv").forEach((code, name) -> jobs.add(new Job("qpv/" + code + ".html",
                () -> territories.sheet(page("Quartier prioritaire " + name, "../", "qpv.html", tables, false), "qpv", code,
                        name))));
        jobs.add(new Job("residences.html", () -> residences.table(page("Résidences", "", "residences.html",
                tables + " assets/residences.js", false))));
        for (AtlasData.Residence r : data.residences()) {
            jobs.add(new Job("residences/" + r.id() + ".html", () -> residences.sheet(page(r.address(), "../",
                    "residences.html", MAP_SCRIPTS, true), r)));
        }
        jobs.add(new Job("sans-abrisme.html", () -> HomelessnessPage.render(data, page("Sans-abrisme et Logement d'abord",
                "", "sans-abrisme.html", "", false))));
        jobs.add(new Job("methodologie.html", () -> MethodologyPage.render(data, dictionary, page("Méthodologie et sources",
                "", "methodologie.html", "", false))));
        run(site, jobs);
    }

    private interface Render {
        String html() throws IOException;
    }

    private record Job(String file, Render render) {
    }

    /** Renders the pages on every core (the SVG maps dominate), then writes them. */
    private static void run(Path site, List<Job> jobs) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<String>> pages = new ArrayList<>();
            for (Job job : jobs) {
                pages.add(pool.submit(() -> job.render().html()));
            }
            for (int i = 0; i < jobs.size(); i++) {
                Path target = site.resolve(jobs.get(i).file());
                Files.createDirectories(target.getParent());
                Files.writeString(target, pages.get(i).get(), StandardCharsets.UTF_8);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("construction de l'atlas interrompue", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
