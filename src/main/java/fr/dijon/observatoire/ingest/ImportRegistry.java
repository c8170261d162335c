package fr.dijon.observatoire.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code import_fichier} table: one row per source file (by sha256) with its last outcome. */
public final class ImportRegistry {

    public record Entry(String sha256, String name, String type, Integer millesime, String status,
                        int completedAttempts) {
    }

    public Optional<Entry> find(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, nom, type, millesime, statut, "
                + "tentatives FROM import_fichier WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getInt(6)));
            }
        }
    }

    /** True when this exact file is already loaded, so that importing it again must change nothing. */
    public boolean alreadyLoaded(Connection c, String sha256) throws SQLException {
        return find(c, sha256).map(e -> ImportStatus.CHARGE.label().equals(e.status())).orElse(false);
    }

    public void record(Connection c, PreparedInput input, ImportReport report, long durationMs) throws SQLException {
        int attempts = find(c, input.sha256()).map(Entry::completedAttempts).orElse(0)
                + (report.status() == ImportStatus.ECHEC ? 0 : 1);
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO import_fichier (sha256, nom, chemin, "
                + "type, millesime, disposition, encodage, separateur, statut, motif, lignes_lues, lignes_chargees, "
                + "lignes_rejetees, colonnes_inconnues, fichier_rejets, tentatives, date_import, duree_ms) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, input.sha256());
            ps.setString(2, input.fileName());
            ps.setString(3, input.source().toAbsolutePath().toString());
            ps.setString(4, report.type().code());
            ps.setObject(5, report.millesime());
            ps.setString(6, report.layout());
            ps.setString(7, input.encoding().label());
            ps.setString(8, input.header().delimiterLabel());
            ps.setString(9, report.status().label());
            ps.setString(10, report.reason());
            ps.setLong(11, report.rowsRead());
            ps.setLong(12, report.rowsLoaded());
            ps.setLong(13, report.rowsRejected());
            ps.setString(14, String.join(", ", report.unknownColumns()));
            ps.setString(15, report.rejectsFile() == null ? null : report.rejectsFile().toString());
            ps.setInt(16, attempts);
            ps.setObject(17, fr.dijon.observatoire.store.ParisTime.now());
            ps.setLong(18, durationMs);
            ps.executeUpdate();
        }
    }

    /** Records a refused file outside the (rolled back) load transaction. */
    public void recordRefusal(Connection c, PreparedInput input, ImportReport report, long durationMs)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try {
            record(c, input, report, durationMs);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Marks the loaded files of a type and millésime that no longer have any row as replaced. */
    public int markReplaced(Connection c, String type, int millesime, String bySha256, String rowsTable)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_fichier SET statut = ?, motif = ? "
                + "WHERE type = ? AND millesime = ? AND statut = ? AND sha256 <> ? "
                + "AND sha256 NOT IN (SELECT DISTINCT import_sha256 FROM " + rowsTable + ")")) {
            ps.setString(1, ImportStatus.REMPLACE.label());
            ps.setString(2, "remplacé par le fichier " + bySha256.substring(0, 8));
            ps.setString(3, type);
            ps.setInt(4, millesime);
            ps.setString(5, ImportStatus.CHARGE.label());
            ps.setString(6, bySha256);
            return ps.executeUpdate();
        }
    }

    /**
     * Marks as replaced the loaded files of a type none of whose rows remain after {@code by} was loaded: the
     * register then says which file's rows are in the base, and a replaced file can be imported again to restore
     * its rows (it is no longer "chargé", so not "déjà importé").
     */
    public int markEmptied(Connection c, String type, PreparedInput by, String rowsTable) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_fichier SET statut = ?, motif = ? "
                + "WHERE type = ? AND statut = ? AND sha256 <> ? "
                + "AND sha256 NOT IN (SELECT DISTINCT import_sha256 FROM " + rowsTable + ")")) {
            ps.setString(1, ImportStatus.REMPLACE.label());
            ps.setString(2, "remplacé par " + by.fileName() + " (" + by.sha8() + ") ; réimportez ce fichier pour "
                    + "rétablir ses lignes");
            ps.setString(3, type);
            ps.setString(4, ImportStatus.CHARGE.label());
            ps.setString(5, by.sha256());
            return ps.executeUpdate();
        }
    }

    public void recordFailure(Connection c, PreparedInput input, FileType type, Integer millesime, String reason)
            throws SQLException {
        ImportReport failed = new ImportReport(input.fileName(), input.sha256(), type, millesime, null,
                input.encoding().label(), ImportStatus.ECHEC, reason, 0, 0, 0, java.util.List.of(), null,
                java.util.List.of());
        if (find(c, input.sha256()).map(e -> ImportStatus.CHARGE.label().equals(e.status())).orElse(false)) {
            return;
        }
        record(c, input, failed, 0);
    }
}
