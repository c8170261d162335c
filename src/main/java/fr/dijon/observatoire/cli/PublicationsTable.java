package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationStore;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The publications, current and past, as {@code statut} and {@code publications} print them. */
final class PublicationsTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PublicationsTable() {
    }

    static void print(Connection c, PrintStream out) throws SQLException {
        List<Publication> all = new PublicationStore().all(c);
        out.println("Publications des indicateurs :");
        if (all.isEmpty()) {
            out.println("  aucune pour l'instant (./observatoire indicateurs --periode AAAA-MM).");
            return;
        }
        TextTable table = new TextTable("période", "version", "statut", "entrées", "méthode", "calculée le", "empreinte");
        for (Publication p : all) {
            table.add(p.period(), p.version(), p.status(), inputs(p.inputsJson()), p.methodVersion(),
                    p.computedAt().format(DATE), p.fingerprint());
        }
        table.print(out);
    }

    /** « RPLS 2024 · OPS 2022, 2024 · comptages jusqu'à 2026-10 »: the inputs by type and millésime. */
    static String inputs(String inputsJson) {
        JsonNode inputs = JSON.readTree(inputsJson);
        Map<String, TreeSet<String>> years = new TreeMap<>(Map.of());
        for (JsonNode file : inputs.path("fichiers")) {
            years.computeIfAbsent(file.path("type").asString().toUpperCase(java.util.Locale.ROOT), t -> new TreeSet<>())
                    .add(file.path("millesime").asString());
        }
        List<String> parts = new ArrayList<>();
        for (String type : List.of("RPLS", "OPS")) {
            if (years.containsKey(type)) {
                parts.add(type + " " + String.join(", ", years.get(type)));
            }
        }
        String lastMonth = inputs.path("comptages_partenaires").path("dernier_mois").asString("");
        if (!lastMonth.isEmpty() && !"null".equals(lastMonth)) {
            parts.add("comptages jusqu'à " + lastMonth);
        }
        return parts.isEmpty() ? "aucune" : String.join(" · ", parts);
    }
}
