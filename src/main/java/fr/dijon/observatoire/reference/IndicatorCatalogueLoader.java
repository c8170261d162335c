package fr.dijon.observatoire.reference;

import fr.dijon.observatoire.ingest.FileDigest;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the analyst's indicator catalogue ({@code jobs/catalogue-indicateurs.csv}) into {@code ref_indicateur}
 * when it changed, after checking that every line is usable.
 */
public final class IndicatorCatalogueLoader {

    public static final String FILE = "catalogue-indicateurs.csv";
    private static final Set<String> RATE_OR_DURATION = Set.of("%", "jours");

    private final Path jobsDir;

    public IndicatorCatalogueLoader(Path jobsDir) {
        this.jobsDir = jobsDir;
    }

    public boolean load(Connection c) throws SQLException, IOException {
        Path file = jobsDir.resolve(FILE);
        String sha = FileDigest.sha256(file);
        if (sha.equals(ReferenceSources.currentSha(c, "catalogue_indicateurs"))) {
            return false;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO ref_indicateur (code, libelle, unite, nature, agregation_annuelle, periodicite, "
                             + "partenaires, objectif_annuel, objectif_source, reference, est_compte, secret, motif_secret) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.execute("DELETE FROM ref_indicateur");
            int line = 1;
            java.util.List<CSVRecord> records = ReferenceCsv.read(file);
            Set<String> codes = new java.util.HashSet<>();
            records.forEach(r -> codes.add(r.get("code")));
            for (CSVRecord r : records) {
                line++;
                check(r, line, codes);
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("libelle"));
                ps.setString(3, r.get("unite"));
                ps.setString(4, r.get("nature"));
                ps.setString(5, r.get("agregation_annuelle"));
                ps.setString(6, r.get("periodicite"));
                ps.setString(7, r.get("partenaires"));
                String target = r.get("objectif_annuel").strip();
                ps.setObject(8, target.isEmpty() ? null : Double.valueOf(target.replace(',', '.')));
                ps.setString(9, r.get("objectif_source"));
                ps.setString(10, r.get("reference"));
                ps.setBoolean(11, !RATE_OR_DURATION.contains(r.get("unite")));
                ps.setString(12, r.get("secret").strip());
                ps.setString(13, r.get("motif_secret").strip());
                ps.executeUpdate();
            }
            ReferenceSources.record(c, new ReferenceEntry("catalogue_indicateurs", "jobs/" + FILE,
                    "Catalogue des indicateurs partenaires", "Observatoire (d'après les conventions et délibérations)",
                    null, "Licence Ouverte (Etalab)"), sha);
            c.commit();
            return true;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void check(CSVRecord r, int line, Set<String> codes) {
        String where = "catalogue des indicateurs (jobs/" + FILE + "), ligne " + line + " : ";
        if (!r.isMapped("secret") || !r.isMapped("motif_secret")) {
            throw new IllegalStateException(where + "colonnes « secret » et « motif_secret » absentes : chaque indicateur "
                    + "dit s'il compte des personnes en situation sensible (voir jobs/CATALOGUE.md)");
        }
        String secret = r.get("secret").strip();
        boolean based = secret.startsWith("base:") && codes.contains(secret.substring(5));
        if (!secret.equals("oui") && !secret.equals("non") && !based) {
            throw new IllegalStateException(where + "secret « " + secret + " » : « oui », « non » ou « base:<code d'un "
                    + "indicateur du catalogue> » attendu");
        }
        if (r.get("motif_secret").isBlank()) {
            throw new IllegalStateException(where + "motif_secret vide : donnez la raison de la décision sur le secret");
        }
        if (!r.get("code").matches("[a-z0-9_]+")) {
            throw new IllegalStateException(where + "code invalide « " + r.get("code") + " »");
        }
        if (!Set.of("stock", "flux").contains(r.get("nature"))) {
            throw new IllegalStateException(where + "nature « " + r.get("nature") + " » (stock ou flux attendu)");
        }
        if (!Set.of("somme", "dernier", "moyenne").contains(r.get("agregation_annuelle"))
                || ("stock".equals(r.get("nature")) && "somme".equals(r.get("agregation_annuelle")))) {
            throw new IllegalStateException(where + "agrégation annuelle « " + r.get("agregation_annuelle")
                    + " » impossible (un stock ne s'additionne pas)");
        }
        if (!Set.of("mensuelle", "annuelle").contains(r.get("periodicite"))) {
            throw new IllegalStateException(where + "périodicité « " + r.get("periodicite") + " » (mensuelle ou annuelle)");
        }
    }
}
