package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.ingest.FileDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of everything an indicator run rests on: the loaded input files (their sha256) and the
 * analyst's method files under {@code jobs/}. Same fingerprint and period, same results.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(Connection c, Path jobsDir) throws SQLException, IOException {
        MessageDigest digest = FileDigest.newSha256();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sha256 FROM import_fichier WHERE statut = 'chargé' ORDER BY sha256")) {
            while (rs.next()) {
                digest.update(rs.getString(1).getBytes(StandardCharsets.US_ASCII));
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(jobsDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(jobsDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
