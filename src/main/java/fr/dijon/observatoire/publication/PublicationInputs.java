package fr.dijon.observatoire.publication;

import fr.dijon.observatoire.ingest.FileDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a period's indicators rest on: the RPLS and OPS files of millésimes up to the period's year, the partner
 * values of months up to the period (a later month's file does not make an earlier period stale, a revision of
 * one of its months does), the reference sources and the analyst's method files under {@code jobs/}. Same
 * fingerprint, same publication.
 */
public record PublicationInputs(String fingerprint, String inputsJson, String sourcesJson) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static PublicationInputs of(Connection c, Path jobsDir, YearMonth period) throws SQLException, IOException {
        MessageDigest digest = FileDigest.newSha256();
        List<Map<String, Object>> files = rows(c, "SELECT nom, type, millesime, sha256, lignes_chargees, "
                + "strftime(date_import, '%Y-%m-%dT%H:%M:%S') AS date_import FROM main.import_fichier "
                + "WHERE statut = 'chargé' AND type IN ('rpls', 'ops') AND coalesce(millesime, 0) <= ? "
                + "ORDER BY type, millesime, sha256", period.getYear());
        files.forEach(f -> update(digest, f.get("sha256")));
        List<Map<String, Object>> partners = rows(c, "SELECT count(*) AS valeurs, max(periode) AS dernier_mois, "
                + "md5(coalesce(string_agg(periode || '|' || partenaire || '|' || indicateur || '|' || territoire || '|' "
                + "|| CAST(valeur AS VARCHAR), ',' ORDER BY periode, partenaire, indicateur, territoire), '')) AS empreinte "
                + "FROM main.partenaire_valeur WHERE periode <= ?", period.toString());
        update(digest, partners.get(0).get("empreinte"));
        List<Map<String, Object>> sources = rows(c, "SELECT code, libelle, producteur, millesime, licence, sha256 "
                + "FROM main.ref_source ORDER BY code");
        sources.forEach(s -> update(digest, s.get("sha256")));
        try (Stream<Path> walk = Files.walk(jobsDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(jobsDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("fichiers", files);
        inputs.put("comptages_partenaires", partners.get(0));
        return new PublicationInputs(HexFormat.of().formatHex(digest.digest()).substring(0, 16),
                JSON.writeValueAsString(inputs), JSON.writeValueAsString(sources));
    }

    private static void update(MessageDigest digest, Object value) {
        digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, Object... args) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        Object value = rs.getObject(i);
                        row.put(rs.getMetaData().getColumnLabel(i), value instanceof Short s ? Integer.valueOf(s) : value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
