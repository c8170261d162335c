package fr.dijon.observatoire.pack;

import fr.dijon.observatoire.atlas.AtlasData;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code metadonnees.json}: the input files with their sha256 and millésimes, the method version and its
 * parameters, the secrecy threshold and the generation date.
 */
final class PackMetadata {

    private PackMetadata() {
    }

    static byte[] json(Connection c, AtlasData data, LocalDateTime generatedAt) throws SQLException {
        Map<String, Object> root = new LinkedHashMap<>();
        AtlasData.Metadata m = data.metadata();
        root.put("periode", m.period());
        root.put("date_generation", generatedAt.toString());
        root.put("fuseau_horaire", "Europe/Paris");
        root.put("version_methode", m.methodVersion());
        root.put("millesime_rpls", m.rplsMillesime());
        root.put("rpls_version_loi", m.rplsLoi());
        root.put("annee_ops", m.opsYear());
        root.put("seuil_secret_statistique", m.secrecyThreshold());
        List<Map<String, Object>> files = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT nom, type, millesime, sha256, lignes_chargees FROM import_fichier "
                     + "WHERE statut = 'chargé' ORDER BY type, millesime, nom")) {
            while (rs.next()) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("fichier", rs.getString(1));
                file.put("type", rs.getString(2));
                file.put("millesime", rs.getObject(3));
                file.put("sha256", rs.getString(4));
                file.put("lignes_chargees", rs.getLong(5));
                files.add(file);
            }
        }
        root.put("fichiers_entree", files);
        Map<String, String> parameters = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT cle, valeur FROM param_methode ORDER BY cle")) {
            while (rs.next()) {
                parameters.put(rs.getString(1), rs.getString(2));
            }
        }
        root.put("parametres_methode", parameters);
        ObjectMapper json = new ObjectMapper().rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        return json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }
}
