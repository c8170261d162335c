package fr.dijon.observatoire.pack;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.publication.Publication;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code metadonnees.json}: what the publication rests on, as stored with it: the input files with their sha256
 * and millésimes, the method version and its full parameters, the reference sources, the secrecy threshold, the
 * computation and generation dates.
 */
final class PackMetadata {

    private PackMetadata() {
    }

    static byte[] json(Publication publication, AtlasData data, LocalDateTime generatedAt) {
        ObjectMapper json = new ObjectMapper().rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        Map<String, Object> root = new LinkedHashMap<>();
        AtlasData.Metadata m = data.metadata();
        root.put("periode", m.period());
        root.put("version_publication", publication.version());
        root.put("calculee_le", publication.computedAt().toString());
        root.put("date_generation", generatedAt.toString());
        root.put("fuseau_horaire", "Europe/Paris");
        root.put("version_methode", m.methodVersion());
        root.put("millesime_rpls", m.rplsMillesime());
        root.put("rpls_version_loi", m.rplsLoi());
        root.put("annee_ops", m.opsYear());
        root.put("seuil_secret_statistique", m.secrecyThreshold());
        JsonNode inputs = json.readTree(publication.inputsJson());
        root.put("fichiers_entree", inputs.get("fichiers"));
        root.put("comptages_partenaires", inputs.get("comptages_partenaires"));
        root.put("parametres_methode", json.readTree(publication.parametersJson()));
        root.put("sources_reference", json.readTree(publication.sourcesJson()));
        return json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }
}
