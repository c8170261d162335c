package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.graphics.AtlasGraphic;

/** A chart or map in a page: its SVG, its text alternative as caption, and its data as a table nearby. */
public record FigureView(String svg, String caption, String title, Table data) {

    public static FigureView of(AtlasGraphic graphic, double width, double height, Table data) {
        return new FigureView(graphic.svg(width, height), graphic.textAlternative(), graphic.title(), data);
    }
}
