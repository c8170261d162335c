package fr.dijon.observatoire.atlas.graphics;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart or map of the atlas. The same drawing code serves the static site (SVG) and the PDF
 * (any {@link Graphics2D}, e.g. OpenPDF's PdfGraphics2D). Implementations are immutable and
 * deterministic: drawing twice gives the same output.
 */
public interface AtlasGraphic {

    /** Draws the whole graphic (title, body, legend, source) inside {@code area}, in user units of {@code g}. */
    void draw(Graphics2D g, Rectangle2D area);

    /**
     * Stand-alone {@code <svg>} element of {@code width} × {@code height} (with a viewBox, so it scales in
     * HTML), starting with a {@code <title>} holding {@link #textAlternative()}.
     */
    default String svg(double width, double height) {
        return SvgExport.render(this, width, height);
    }

    /** Short French description of the data shown, for screen readers (alt text, figcaption). */
    String textAlternative();

    /** Title drawn at the top of the graphic. */
    String title();
}
