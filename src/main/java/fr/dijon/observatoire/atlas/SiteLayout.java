package fr.dijon.observatoire.atlas;

import java.util.List;

/**
 * The frame of every atlas page: French language, skip link, the menu with every section (a section without
 * data keeps its place), the secrecy explanation on pages that show an « s », the sources and the stamp.
 */
final class SiteLayout {

    /** A menu entry: the file (from the site root) and its label. */
    record Section(String file, String label) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("index.html", "Accueil"),
            new Section("carte.html", "Carte interactive"),
            new Section("communes.html", "Communes"),
            new Section("qpv.html", "Quartiers prioritaires"),
            new Section("residences.html", "Résidences"),
            new Section("sans-abrisme.html", "Sans-abrisme et Logement d'abord"),
            new Section("methodologie.html", "Méthodologie et sources"));

    static final String SECRET_EXPLANATION = "« s » : valeur couverte par le secret statistique. Aucun chiffre "
            + "publié ne repose sur moins de %d ménages ou personnes, et certaines valeurs voisines sont aussi masquées "
            + "pour qu'aucune ne puisse être retrouvée par différence.";

    private final String stamp;
    private final int threshold;

    SiteLayout(String stamp, int threshold) {
        this.stamp = stamp;
        this.threshold = threshold;
    }

    /**
     * @param root relative path to the site root ("" or "../")
     * @param active the menu file this page belongs to
     * @param extraHead extra elements for the head (Leaflet CSS, scripts), already safe
     */
    String page(String title, String root, String active, String body, boolean showsSecret, String extraHead) {
        StringBuilder html = new StringBuilder(body.length() + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title)).append(" — Atlas du parc social de Dijon Métropole</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(root).append("assets/atlas.css\">\n")
                .append(extraHead)
                .append("</head>\n<body>\n<a class=\"evitement\" href=\"#contenu\">Aller au contenu</a>\n<header>\n")
                .append("<p class=\"titre\"><a href=\"").append(root).append("index.html\">Atlas du parc social — Dijon Métropole</a></p>\n")
                .append("<nav aria-label=\"Sections de l'atlas\"><ul>\n");
        for (Section s : SECTIONS) {
            html.append("<li><a href=\"").append(root).append(s.file()).append('"')
                    .append(s.file().equals(active) ? " aria-current=\"page\"" : "").append('>')
                    .append(Html.text(s.label())).append("</a></li>\n");
        }
        html.append("</ul></nav>\n</header>\n<main id=\"contenu\">\n<h1>").append(Html.text(title)).append("</h1>\n")
                .append(body);
        if (showsSecret) {
            html.append("<p class=\"note\" id=\"secret\">").append(Html.text(String.format(SECRET_EXPLANATION, threshold)))
                    .append("</p>\n");
        }
        html.append("</main>\n<footer>\n<p>Observatoire du sans-abrisme et de l'occupation du parc social — Dijon Métropole. ")
                .append("Sources : RPLS (SDES), enquête OPS (bailleurs sociaux), comptages des partenaires, IGN, INSEE, ANCT ; ")
                .append("voir <a href=\"").append(root).append("methodologie.html\">Méthodologie et sources</a>.</p>\n")
                .append("<p>").append(Html.text(stamp)).append("</p>\n</footer>\n</body>\n</html>\n");
        return html.toString();
    }
}
