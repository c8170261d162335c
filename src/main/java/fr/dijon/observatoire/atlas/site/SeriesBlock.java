package fr.dijon.observatoire.atlas.site;

/** A monthly chart of a page, or, when every month is masked, its published annual values in words. */
public record SeriesBlock(String title, FigureView figure, String masked) {
}
