package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.atlas.graphics.AtlasGraphic;
import java.util.Map;

/**
 * A chart or map in a page: the SVG with its text alternative as caption, and the data as a table nearby, so
 * that every figure is readable without seeing it.
 */
final class Figure {

    private Figure() {
    }

    static String of(AtlasGraphic graphic, double width, double height, String dataTable) {
        return "<figure>\n" + graphic.svg(width, height) + "\n<figcaption>" + Html.text(graphic.textAlternative())
                + "</figcaption>\n<details><summary>Données de la figure « " + Html.text(graphic.title())
                + " »</summary>\n" + dataTable + "</details>\n</figure>\n";
    }

    /** A two-column data table (category, value). */
    static String table(String caption, String header, Map<String, String> rows) {
        StringBuilder html = new StringBuilder("<table><caption>").append(Html.text(caption))
                .append("</caption><thead><tr><th scope=\"col\">Catégorie</th><th scope=\"col\" class=\"nombre\">")
                .append(Html.text(header)).append("</th></tr></thead><tbody>\n");
        rows.forEach((k, v) -> html.append("<tr><td>").append(Html.text(k)).append("</td><td class=\"nombre\">")
                .append(v).append("</td></tr>\n"));
        return html.append("</tbody></table>\n").toString();
    }
}
