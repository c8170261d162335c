package fr.dijon.observatoire.atlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * The data files of the interactive map and the residences table, as JavaScript assignments so that the atlas
 * works straight from {@code file://}: residences (every string escaped for a script), commune outlines and the
 * QPV 2024 polygons (reference data).
 */
final class MapData {

    private MapData() {
    }

    static void write(AtlasData data, Path referenceDir, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        StringJoiner rows = new StringJoiner(",\n", "window.ATLAS = {\"residences\": [\n", "\n]};\n");
        for (AtlasData.Residence r : data.residences()) {
            rows.add("{\"id\":" + Html.jsonString(r.id())
                    + ",\"commune\":" + Html.jsonString(r.commune())
                    + ",\"depcom\":" + Html.jsonString(r.depcom())
                    + ",\"adresse\":" + Html.jsonString(r.address())
                    + ",\"programme\":" + Html.jsonString(r.programme())
                    + ",\"qpv\":" + Html.jsonString(r.qpvCode())
                    + ",\"logements\":" + r.dwellings()
                    + ",\"lon\":" + Html.jsonNumber(r.lon())
                    + ",\"lat\":" + Html.jsonNumber(r.lat())
                    + ",\"accessibilite\":" + Html.jsonString(r.accessClass())
                    + ",\"fragilite\":" + Html.jsonString(Classes.fragility(r))
                    + ",\"croisement\":" + Html.jsonString(r.crossing()) + "}");
        }
        Files.writeString(dataDir.resolve("residences.js"), rows.toString(), StandardCharsets.UTF_8);
        writeGeoJson(referenceDir.resolve("dm_communes.geojson"), dataDir.resolve("communes.js"), "ATLAS_COMMUNES");
        writeGeoJson(referenceDir.resolve("dm_qpv_2024.geojson"), dataDir.resolve("qpv.js"), "ATLAS_QPV");
    }

    private static void writeGeoJson(Path source, Path target, String variable) throws IOException {
        String json = Files.readString(source, StandardCharsets.UTF_8).strip()
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        Files.writeString(target, "window." + variable + " = " + json + ";\n", StandardCharsets.UTF_8);
    }
}
