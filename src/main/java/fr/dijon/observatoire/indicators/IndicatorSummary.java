package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import fr.dijon.observatoire.publication.PublishedMarts;
import java.util.ArrayList;
import java.util.List;

/** A short French summary of a period's published marts, for the end of a command. */
public final class IndicatorSummary {

    private IndicatorSummary() {
    }

    public static List<String> lines(Connection c, String period) throws SQLException {
        List<String> lines = new ArrayList<>();
        PublishedMarts st = new PublishedMarts(c, period);
        {
            try (ResultSet rs = st.query("SELECT periode, version_methode, millesime_rpls, annee_ops, rpls_loi, "
                    + "seuil_secret FROM mart_metadonnees")) {
                rs.next();
                lines.add("Période " + rs.getString(1) + " — méthode " + rs.getString(2) + ", RPLS " + rs.getInt(3)
                        + (rs.getBoolean(5) ? " (version loi)" : " (version publique : accessibilité estimée)")
                        + ", OPS " + (rs.getObject(4) == null ? "non disponible" : rs.getInt(4))
                        + ", secret statistique sous " + rs.getInt(6) + " ménages.");
            }
            try (ResultSet rs = st.query("SELECT count(*), "
                    + "count(*) FILTER (WHERE classe_accessibilite = 'accessible aux ménages les plus modestes'), "
                    + "count(*) FILTER (WHERE classe_fragilite = 'fragile'), "
                    + "count(*) FILTER (WHERE croisement = 'accessible et non fragile'), "
                    + "count(*) FILTER (WHERE classe_fragilite IS NOT NULL), "
                    + "count(*) FILTER (WHERE occupation_de_groupe AND classe_fragilite IS NOT NULL) FROM mart_residence")) {
                rs.next();
                lines.add(n(rs.getLong(1)) + " résidences : " + n(rs.getLong(2)) + " accessibles aux ménages les plus "
                        + "modestes, " + n(rs.getLong(3)) + " fragiles, " + n(rs.getLong(4))
                        + " accessibles et non fragiles ; classe de fragilité publiée pour " + n(rs.getLong(5))
                        + " (dont " + n(rs.getLong(6)) + " par leur groupe de petites résidences).");
            }
            SecrecyLoss loss = SecrecyLoss.of(c, period);
            lines.add("Secret statistique : " + pct(loss.maskedOpsCells()) + " des chiffres d'occupation publiables "
                    + "masqués, " + pct(loss.dwellingsWithClass()) + " des logements dans une résidence à la classe de "
                    + "fragilité publiée, " + n(loss.coarsenedSeries()) + " série(s) du sans-abrisme publiée(s) au "
                    + "trimestre ou à l'année.");
        }
        return lines;
    }

    private static String pct(double share) {
        return FrenchNumbers.percent(share, 1);
    }

    private static String n(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
