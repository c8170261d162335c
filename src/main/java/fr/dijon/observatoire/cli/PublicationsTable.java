package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationStore;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
            table.add(p.period(), p.version(), p.status(), inputs(p), p.methodVersion(),
                    p.computedAt().format(DATE), p.fingerprint());
        }
        table.print(out);
    }

    /** « RPLS 2024 · OPS 2024 · comptages jusqu'à 2026-10 »: the millésime, the survey and the last month counted. */
    static String inputs(Publication p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.rplsMillesime() == null ? "sans RPLS" : "RPLS " + p.rplsMillesime());
        parts.add(p.opsYear() == null ? "sans enquête OPS" : "OPS " + p.opsYear());
        String lastMonth = JSON.readTree(p.inputsJson()).path("comptages_partenaires").path("dernier_mois").asString("");
        parts.add(lastMonth.isEmpty() || "null".equals(lastMonth) ? "sans comptages" : "comptages jusqu'à " + lastMonth);
        return String.join(" · ", parts);
    }
}
