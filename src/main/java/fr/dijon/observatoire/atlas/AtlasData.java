package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.indicators.MethodParameters;
import fr.dijon.observatoire.publication.NoPublicationException;
import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationStore;
import fr.dijon.observatoire.publication.PublishedMarts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the atlas shows, read from the published marts only ({@code mart_*}): secrecy cannot be bypassed
 * by accident because the unsuppressed internal tables are never read here.
 */
public record AtlasData(Metadata metadata, List<Residence> residences, Map<String, List<Component>> components,
                        List<TerritoryValue> territories, List<SeriesPoint> series, List<Target> targets,
                        List<Rule25> rule25, boolean opsAvailable, boolean partnersAvailable) {

    /** What the published figures rest on, and the method parameters stored with the publication. */
    public record Metadata(String period, String methodVersion, int rplsMillesime, Integer opsYear, boolean rplsLoi,
                           int secrecyThreshold, MethodParameters parameters) {
    }

    /** One residence sheet. Classes are null when masked (secrecy) or unknown (no OPS). */
    public record Residence(String id, String depcom, String commune, String address, String programme,
                            String qpvCode, boolean inQpv, Double lon, Double lat, int dwellings, int[] typology,
                            Double meanSurface, Integer builtYear, String buildPeriod, int[] financing,
                            int[] dpe, int passoires, int dpeKnown, String accessMethod, Double accessShare,
                            Double rentPerM2, Double rentIndex, String accessClass, Integer respondents,
                            Double composite, String fragilityClass, String mainComponent, String fragilitySecret,
                            String crossing) {
    }

    /** One fragility component of a residence: its share, the EPCI reference and the index (null if masked). */
    public record Component(String code, String label, double weight, String source, Double share, Double reference,
                            Double index, String secret) {
    }

    /** One published territorial indicator. */
    public record TerritoryValue(String level, String code, String name, String indicator, String source, Double value,
                                 Double numerator, String secret) {
    }

    /** One month of a partner series. */
    public record SeriesPoint(String indicator, String label, String unit, String nature, String territory, String month,
                              Double value, String secret, Double rolling12, Double mean12) {
    }

    /** Progress of an action against its annual target. */
    public record Target(String indicator, String label, String unit, int year, double annualTarget,
                         Double proratedTarget, Double achieved, Double rate, Double proratedRate, String secret,
                         String targetSource) {
    }

    /** The 25 % rule of one year. */
    public record Rule25(int year, Double q1, Double total, Double ratio, Boolean reached, String secret) {
    }

    /** The published value of one indicator for one territory, or null. */
    public TerritoryValue territory(String level, String code, String indicator) {
        for (TerritoryValue v : territories) {
            if (v.level().equals(level) && v.code().equals(code) && v.indicator().equals(indicator)) {
                return v;
            }
        }
        return null;
    }

    /** The territories of one level (communes, QPV…), by code, with their names. */
    public java.util.SortedMap<String, String> territoryNames(String level) {
        java.util.SortedMap<String, String> names = new java.util.TreeMap<>();
        for (TerritoryValue v : territories) {
            if (v.level().equals(level)) {
                names.put(v.code(), v.name());
            }
        }
        return names;
    }

    /** Reads the publication of one period; refuses in French when that period has not been computed. */
    public static AtlasData read(Connection c, String period) throws SQLException {
        Publication publication = new PublicationStore().require(c, period);
        Metadata metadata;
        try (PreparedStatement ps = c.prepareStatement("SELECT periode, version_methode, millesime_rpls, annee_ops, rpls_loi, "
                + "seuil_secret FROM mart_metadonnees WHERE periode = ?")) {
            ps.setString(1, period);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NoPublicationException(period);
                }
                metadata = new Metadata(rs.getString(1), rs.getString(2), rs.getInt(3), integer(rs, 4),
                        rs.getBoolean(5), rs.getInt(6), MethodParameters.fromJson(publication.parametersJson()));
            }
        }
        PublishedMarts marts = new PublishedMarts(c, period);
        List<Residence> residences = residences(marts);
        Map<String, List<Component>> components = components(marts);
        List<SeriesPoint> series = series(marts);
        return new AtlasData(metadata, residences, components, territories(marts), series, targets(marts), rule25(marts),
                metadata.opsYear() != null && components.values().stream().anyMatch(l -> l.stream()
                        .anyMatch(x -> "OPS".equals(x.source()))),
                !series.isEmpty());
    }

    private static List<Residence> residences(PublishedMarts marts) throws SQLException {
        List<Residence> list = new ArrayList<>();
        try (ResultSet rs = marts.query("SELECT residence_id, depcom, libcom, adresse, programme, qpv_code, en_qpv, "
                     + "lon, lat, logements, t1, t2, t3, t4, t5_plus, surface_moyenne, annee_construction, "
                     + "periode_construction, plai, plus, pls, pli, finan_autre, dpe_a_c, dpe_d, dpe_e_g, dpe_inconnu, "
                     + "passoires, dpe_connus, methode_accessibilite, part_accessible, loyer_m2, loyer_m2_indice, "
                     + "classe_accessibilite, menages_repondants, indice_composite, classe_fragilite, "
                     + "composante_principale, secret_fragilite, croisement FROM mart_residence "
                     + "ORDER BY libcom, adresse, residence_id")) {
            while (rs.next()) {
                list.add(new Residence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), dbl(rs, 8), dbl(rs, 9), rs.getInt(10),
                        new int[] {rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15)},
                        dbl(rs, 16), integer(rs, 17), rs.getString(18),
                        new int[] {rs.getInt(19), rs.getInt(20), rs.getInt(21), rs.getInt(22), rs.getInt(23)},
                        new int[] {rs.getInt(24), rs.getInt(25), rs.getInt(26), rs.getInt(27)}, rs.getInt(28),
                        rs.getInt(29), rs.getString(30), dbl(rs, 31), dbl(rs, 32), dbl(rs, 33), rs.getString(34),
                        rs.getObject(35) == null ? null : ((Number) rs.getObject(35)).intValue(), dbl(rs, 36),
                        rs.getString(37), rs.getString(38), rs.getString(39), rs.getString(40)));
            }
        }
        return list;
    }

    private static Map<String, List<Component>> components(PublishedMarts marts) throws SQLException {
        Map<String, List<Component>> map = new LinkedHashMap<>();
        try (ResultSet rs = marts.query("SELECT residence_id, composante, libelle, poids, source, part, "
                     + "part_reference, indice, secret FROM mart_residence_composante ORDER BY residence_id, rang")) {
            while (rs.next()) {
                map.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Component(rs.getString(2),
                        rs.getString(3), rs.getDouble(4), rs.getString(5), dbl(rs, 6), dbl(rs, 7), dbl(rs, 8),
                        rs.getString(9)));
            }
        }
        return map;
    }

    private static List<TerritoryValue> territories(PublishedMarts marts) throws SQLException {
        List<TerritoryValue> list = new ArrayList<>();
        try (ResultSet rs = marts.query("SELECT niveau, territoire, libelle, indicateur, source, valeur, numerateur, "
                     + "secret FROM mart_territoire ORDER BY niveau, territoire, indicateur")) {
            while (rs.next()) {
                list.add(new TerritoryValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), dbl(rs, 6), dbl(rs, 7), rs.getString(8)));
            }
        }
        return list;
    }

    private static List<SeriesPoint> series(PublishedMarts marts) throws SQLException {
        List<SeriesPoint> list = new ArrayList<>();
        try (ResultSet rs = marts.query("SELECT indicateur, libelle, unite, nature, territoire, mois, valeur, secret, "
                     + "cumul_12_mois, moyenne_12_mois FROM mart_serie_mensuelle ORDER BY indicateur, territoire, mois")) {
            while (rs.next()) {
                list.add(new SeriesPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), dbl(rs, 7), rs.getString(8), dbl(rs, 9), dbl(rs, 10)));
            }
        }
        return list;
    }

    private static List<Target> targets(PublishedMarts marts) throws SQLException {
        List<Target> list = new ArrayList<>();
        try (ResultSet rs = marts.query("SELECT indicateur, libelle, unite, annee, objectif_annuel, objectif_prorata, "
                     + "realise, taux_realisation, taux_realisation_prorata, secret, objectif_source FROM mart_objectif "
                     + "ORDER BY libelle")) {
            while (rs.next()) {
                list.add(new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getDouble(5),
                        dbl(rs, 6), dbl(rs, 7), dbl(rs, 8), dbl(rs, 9), rs.getString(10), rs.getString(11)));
            }
        }
        return list;
    }

    private static List<Rule25> rule25(PublishedMarts marts) throws SQLException {
        List<Rule25> list = new ArrayList<>();
        try (ResultSet rs = marts.query("SELECT annee, attributions_q1, attributions_total, ratio, atteint, secret "
                     + "FROM mart_regle_25 ORDER BY annee")) {
            while (rs.next()) {
                list.add(new Rule25(rs.getInt(1), dbl(rs, 2), dbl(rs, 3), dbl(rs, 4), (Boolean) rs.getObject(5),
                        rs.getString(6)));
            }
        }
        return list;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).intValue();
    }

    private static Double dbl(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
