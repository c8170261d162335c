package fr.dijon.observatoire.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The atlas against the pack: the atlas publishes its residences' occupancy (the fragility class, « s » when masked)
 * in its data file; each must be the pack's, so that attacking the pack covers the atlas too. A class that the atlas
 * shows and the pack masks, or that differs, is a breach: the atlas would publish what the audit did not attack.
 */
final class AtlasAgreement {

    private AtlasAgreement() {
    }

    static List<Breach> check(Path atlasDir, PublishedPack pack) throws IOException {
        List<Breach> found = new ArrayList<>();
        Path data = atlasDir.resolve("donnees").resolve("residences.js");
        if (!Files.exists(data)) {
            return found;
        }
        Map<String, String> packClass = new HashMap<>();
        for (Map<String, String> r : pack.table("residences.csv")) {
            String published = r.get("classe_fragilite");
            packClass.put(r.get("residence_id"), published == null || published.isBlank() ? "s" : published);
        }
        String text = Files.readString(data, StandardCharsets.UTF_8);
        String json = text.substring(text.indexOf('{'), text.lastIndexOf('}') + 1);
        JsonNode residences = JsonMapper.builder().build().readTree(json).get("residences");
        String file = "atlas/donnees/residences.js";
        for (JsonNode r : residences) {
            String id = r.get("id").asString();
            JsonNode shown = r.get("fragilite");
            String atlasClass = shown == null || shown.isNull() ? "s" : shown.asString();
            String expected = packClass.get(id);
            if (expected == null) {
                found.add(new Breach(Breach.ATLAS, file, "résidence " + id, "absente du pack : l'atlas publie une "
                        + "résidence que l'audit n'a pas attaquée"));
            } else if (!atlasClass.equals(expected) && !(atlasClass.equals("s") || atlasClass.isBlank())) {
                found.add(new Breach(Breach.ATLAS, file, "résidence " + id, "classe « " + atlasClass
                        + " » dans l'atlas, « " + expected + " » dans le pack"));
            }
        }
        return found;
    }
}
