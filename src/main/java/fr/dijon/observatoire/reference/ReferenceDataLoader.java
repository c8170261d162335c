package fr.dijon.observatoire.reference;

import fr.dijon.observatoire.ingest.FileDigest;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the versioned tables of {@code reference-data/} into DuckDB ({@code ref_*}), each row carrying its
 * source code, and records every file with its producer, vintage, licence and sha256 in {@code ref_source}.
 * A file whose sha256 is unchanged is not reloaded.
 */
public final class ReferenceDataLoader {

    private final Path referenceDir;
    private final ObjectMapper json = new ObjectMapper();

    public ReferenceDataLoader(Path referenceDir) {
        this.referenceDir = referenceDir;
    }

    /** Loads what changed; returns the codes of the reloaded tables. */
    public List<String> load(Connection connection) throws SQLException, IOException {
        List<String> reloaded = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (ReferenceEntry entry : catalogue()) {
                Path file = referenceDir.resolve(entry.fichier());
                String sha = FileDigest.sha256(file);
                if (!sha.equals(ReferenceSources.currentSha(connection, entry.code()))) {
                    loadTable(connection, entry, file);
                    ReferenceSources.record(connection, entry, sha);
                    reloaded.add(entry.code());
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return reloaded;
    }

    public List<ReferenceEntry> catalogue() throws IOException {
        List<ReferenceEntry> entries = new ArrayList<>();
        for (CSVRecord r : ReferenceCsv.read(referenceDir.resolve("catalogue.csv"))) {
            entries.add(new ReferenceEntry(r.get("code"), r.get("fichier"), r.get("libelle"), r.get("producteur"),
                    r.get("millesime"), r.get("licence")));
        }
        return entries;
    }

    private void loadTable(Connection c, ReferenceEntry entry, Path file) throws SQLException, IOException {
        switch (entry.code()) {
            case "communes" -> loadCommunes(c, file);
            case "epci" -> loadEpci(c, file);
            case "qpv" -> loadQpv(c, file);
            case "financements" -> loadFinancements(c, file);
            case "types_voie" -> loadText(c, file, "ref_type_voie", entry.code(), "abreviation", "libelle", "affiche");
            case "communes_logement" -> loadCommunesLogement(c, file);
            case "departements" -> loadText(c, file, "ref_departement", entry.code(), "code", "nom", "region", "region_nom",
                    "zone");
            case "abreviations_adresse" -> loadText(c, file, "ref_adresse_abreviation", entry.code(), "abreviation", "forme");
            case "contours_communes" -> loadCommuneContours(c, file);
            default -> throw new IllegalStateException("table de référence inconnue dans catalogue.csv : " + entry.code());
        }
    }

    private void loadCommunes(Connection c, Path file) throws SQLException, IOException {
        execute(c, "DELETE FROM ref_commune");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ref_commune (code_insee, nom, siren, departement, "
                + "epci_siren, population, region, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'communes')")) {
            for (CSVRecord r : ReferenceCsv.read(file)) {
                ps.setString(1, r.get("code_insee"));
                ps.setString(2, r.get("nom"));
                ps.setString(3, r.get("siren"));
                ps.setString(4, r.get("departement"));
                ps.setString(5, r.get("epci_siren"));
                ps.setInt(6, Integer.parseInt(r.get("population_municipale_insee")));
                ps.setString(7, r.isMapped("region") ? r.get("region") : null);
                ps.executeUpdate();
            }
        }
    }

    private void loadEpci(Connection c, Path file) throws SQLException, IOException {
        JsonNode epci = json.readTree(file.toFile());
        execute(c, "DELETE FROM ref_epci");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ref_epci VALUES (?, ?, ?, ?, 'epci')")) {
            ps.setString(1, epci.get("code").asString());
            ps.setString(2, epci.get("nom").asString());
            ps.setString(3, epci.get("type").asString());
            ps.setInt(4, epci.get("populationMunicipale").asInt());
            ps.executeUpdate();
        }
    }

    private void loadQpv(Connection c, Path file) throws SQLException, IOException {
        JsonNode collection = json.readTree(file.toFile());
        execute(c, "DELETE FROM ref_qpv");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ref_qpv VALUES (?, ?, ?, ?, ?, 'qpv')")) {
            for (JsonNode feature : collection.get("features")) {
                JsonNode p = feature.get("properties");
                ps.setString(1, p.get("code_qp").asString());
                ps.setString(2, p.get("lib_qp").asString());
                ps.setString(3, p.get("insee_com").asString());
                ps.setBoolean(4, p.get("nouveau_2024").asBoolean());
                ps.setString(5, json.writeValueAsString(feature.get("geometry")));
                ps.executeUpdate();
            }
        }
    }

    private void loadFinancements(Connection c, Path file) throws SQLException, IOException {
        execute(c, "DELETE FROM ref_financement");
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ref_financement VALUES (?, ?, ?, ?, 'financements')")) {
            for (CSVRecord r : ReferenceCsv.read(file)) {
                ps.setString(1, r.get("finan_code"));
                ps.setString(2, r.get("finan_groupe"));
                ps.setString(3, r.get("libelle"));
                ps.setBoolean(4, "oui".equals(r.get("avant_1977")));
                ps.executeUpdate();
            }
        }
    }

    private void loadCommunesLogement(Connection c, Path file) throws SQLException, IOException {
        execute(c, "DELETE FROM ref_commune_logement");
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ref_commune_logement VALUES (?, ?, ?, ?, 'communes_logement')")) {
            for (CSVRecord r : ReferenceCsv.read(file)) {
                ps.setString(1, r.get("code_insee"));
                ps.setObject(2, integer(r.get("rp2021_logements")));
                ps.setObject(3, integer(r.get("rp2021_residences_principales")));
                String rate = r.get("taux_lls_2024_pct").strip();
                ps.setObject(4, rate.isEmpty() ? null : Double.valueOf(rate));
                ps.executeUpdate();
            }
        }
    }

    private void loadCommuneContours(Connection c, Path file) throws SQLException, IOException {
        JsonNode collection = json.readTree(file.toFile());
        execute(c, "DELETE FROM ref_commune_contour");
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ref_commune_contour VALUES (?, ?, 'contours_communes')")) {
            for (JsonNode feature : collection.get("features")) {
                ps.setString(1, feature.get("properties").get("code_insee").asString());
                ps.setString(2, json.writeValueAsString(feature.get("geometry")));
                ps.executeUpdate();
            }
        }
    }

    private static Integer integer(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    /** A reference table of text columns, filled from the CSV columns of the same order, then the source code. */
    private void loadText(Connection c, Path file, String table, String code, String... columns)
            throws SQLException, IOException {
        execute(c, "DELETE FROM " + table);
        String marks = "?, ".repeat(columns.length);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + "?)")) {
            for (CSVRecord r : ReferenceCsv.read(file)) {
                for (int i = 0; i < columns.length; i++) {
                    ps.setString(i + 1, r.get(columns[i]));
                }
                ps.setString(columns.length + 1, code);
                ps.executeUpdate();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
