package fr.dijon.observatoire.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.GeoJsonFeatures;
import fr.dijon.observatoire.geo.Lambert93;
import fr.dijon.observatoire.geo.PointSampler;

/**
 * The 23 communes of Dijon Métropole and their 6 QPV, loaded from the reference data folder
 * (dm_communes.csv, dm_communes.geojson, dm_qpv_2024.geojson, dm_filosofi_iris_2021.csv) and
 * projected to Lambert-93.
 *
 * <p>Buildings are kept 15 m inside their commune and 10 m inside their QPV, and buildings outside
 * QPV stay 40 m away from them, so that rounding of the source polygons never puts a residence on
 * the wrong side of a boundary. The urban unit, attraction area and employment zone codes are
 * plausible values for the sample, not checked against INSEE.
 */
final class DijonTerritory {

    static final String COMMUNES_CSV = "dm_communes.csv";
    static final String COMMUNES_GEOJSON = "dm_communes.geojson";
    static final String QPV_GEOJSON = "dm_qpv_2024.geojson";
    static final String IRIS_CSV = "dm_filosofi_iris_2021.csv";

    private static final double COMMUNE_MARGIN = 15;
    private static final double QPV_MARGIN = 10;
    private static final double QPV_CLEARANCE = 40;
    private static final int URBAN_UNIT_MIN_POPULATION = 2000;

    private final List<DijonCommune> communes;

    private DijonTerritory(List<DijonCommune> communes) {
        this.communes = communes;
    }

    List<DijonCommune> communes() {
        return communes;
    }

    static DijonTerritory load(Path referenceDir, long seed) {
        Lambert93 lambert93 = new Lambert93();
        Map<String, Geometry> communeAreas = new LinkedHashMap<>();
        for (GeoFeature feature : GeoJsonFeatures.read(referenceDir.resolve(COMMUNES_GEOJSON), "code_insee")) {
            communeAreas.put(feature.id(), valid(lambert93.toLambert93(feature.geometry())));
        }
        Map<String, List<GeoFeature>> qpvByCommune = new LinkedHashMap<>();
        for (GeoFeature feature : GeoJsonFeatures.read(referenceDir.resolve(QPV_GEOJSON), "code_qp")) {
            qpvByCommune.computeIfAbsent(feature.text("insee_com"), k -> new ArrayList<>()).add(feature);
        }
        Map<String, List<String>> irisByCommune = readIris(referenceDir.resolve(IRIS_CSV));
        SeededRandom random = new SeededRandom(SeededRandom.derive(seed, 3));
        List<DijonCommune> communes = new ArrayList<>();
        for (CSVRecord record : readCsv(referenceDir.resolve(COMMUNES_CSV))) {
            String code = record.get("code_insee");
            String name = record.get("nom");
            int population = Integer.parseInt(record.get("population_municipale_insee"));
            Geometry area = communeAreas.get(code);
            if (area == null) {
                throw new IllegalArgumentException("Commune " + code + " absente de " + COMMUNES_GEOJSON);
            }
            Geometry inner = area.buffer(-COMMUNE_MARGIN);
            List<DijonCommune.DijonQpv> qpvs = new ArrayList<>();
            Geometry outside = inner;
            for (GeoFeature feature : qpvByCommune.getOrDefault(code, List.of())) {
                Geometry qpvArea = valid(lambert93.toLambert93(feature.geometry()));
                Qpv qpv = new Qpv(feature.id(), feature.text("lib_qp"));
                qpvs.add(new DijonCommune.DijonQpv(qpv, new PointSampler(qpvArea.buffer(-QPV_MARGIN).intersection(inner))));
                outside = outside.difference(qpvArea.buffer(QPV_CLEARANCE));
            }
            PointSampler whole = new PointSampler(inner);
            communes.add(new DijonCommune(place(code, name, firstPostalCode(record.get("codes_postaux")), population),
                    population, new PointSampler(outside), List.copyOf(qpvs),
                    iris(code, name, irisByCommune.get(code), whole, random)));
        }
        return new DijonTerritory(List.copyOf(communes));
    }

    private static Place place(String code, String name, String postalCode, int population) {
        boolean urban = population >= URBAN_UNIT_MIN_POPULATION;
        return new Place("27", "Bourgogne-Franche-Comté", "21", "Côte-d'Or", "242100410", "Dijon Métropole",
                code, name, postalCode,
                urban ? "21701" : "21000", urban ? "Dijon" : "Hors unité urbaine",
                "025", "Dijon", "2704", "Dijon");
    }

    private static IrisLocator iris(String code, String name, List<String> irisCodes, PointSampler area,
                                    SeededRandom random) {
        if (irisCodes == null || irisCodes.size() < 2) {
            return IrisLocator.undivided(code, name);
        }
        List<double[]> seeds = new ArrayList<>();
        for (int i = 0; i < irisCodes.size(); i++) {
            Coordinate c = area.sample(random);
            seeds.add(new double[] {c.x, c.y});
        }
        return IrisLocator.voronoi(irisCodes, name, seeds);
    }

    private static Map<String, List<String>> readIris(Path file) {
        Map<String, List<String>> iris = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return iris;
        }
        for (CSVRecord record : readCsv(file)) {
            iris.computeIfAbsent(record.get("code_insee"), k -> new ArrayList<>()).add(record.get("code_iris"));
        }
        return iris;
    }

    private static List<CSVRecord> readCsv(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalArgumentException("Fichier de référence illisible : " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static String firstPostalCode(String codes) {
        return codes.trim().split("[ ,;|]+")[0];
    }

    private static Geometry valid(Geometry geometry) {
        return geometry.isValid() ? geometry : geometry.buffer(0);
    }
}
