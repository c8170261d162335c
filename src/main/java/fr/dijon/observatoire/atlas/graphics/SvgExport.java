package fr.dijon.observatoire.atlas.graphics;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.zip.CRC32;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Renders an {@link AtlasGraphic} to an SVG element with JFreeSVG, deterministically. */
final class SvgExport {

    private SvgExport() {
    }

    /**
     * {@code String.format(Locale.ROOT, "%." + decimals + "f", d)}, digit for digit (half up on the shortest decimal
     * form, « -0.0 » kept), without the formatter's parsing: a map writes hundreds of thousands of coordinates.
     */
    static String fixed(double d, int decimals) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", d);
        }
        String s = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return d < 0 && s.charAt(0) != '-' ? "-" + s : s;
    }

    static String render(AtlasGraphic graphic, double width, double height) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("Dimensions SVG invalides\u00A0: " + width + " × " + height);
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setGeomDoubleConverter(d -> fixed(d, 1));
        g.setTransformDoubleConverter(d -> fixed(d, 3));
        // The default prefix is System.nanoTime(): use a stable one, distinct per graphic so that several
        // SVGs inlined in one HTML page do not share clip-path ids.
        g.setDefsKeyPrefix(prefix(graphic, width, height));
        graphic.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return accessible(svg, graphic);
    }

    /** Adds role="img", an aria-label (the title) and a {@code <title>} (the text alternative). */
    private static String accessible(String svg, AtlasGraphic graphic) {
        int start = svg.indexOf("<svg");
        int end = svg.indexOf('>', start);
        if (start < 0 || end < 0) {
            return svg;
        }
        boolean selfClosing = svg.charAt(end - 1) == '/';
        String head = svg.substring(0, selfClosing ? end - 1 : end);
        String tail = svg.substring(end + 1);
        String title = "<title>" + escape(graphic.textAlternative()) + "</title>";
        String attributes = " role=\"img\" aria-label=\"" + escape(graphic.title()) + "\"";
        return selfClosing
                ? head + attributes + ">" + title + "</svg>"
                : head + attributes + ">" + title + tail;
    }

    static String escape(String text) {
        return fr.dijon.observatoire.atlas.Html.text(fr.dijon.observatoire.format.Typography.apply(text));
    }

    private static String prefix(AtlasGraphic graphic, double width, double height) {
        CRC32 crc = new CRC32();
        String key = graphic.getClass().getSimpleName() + '|' + graphic.title() + '|' + graphic.textAlternative()
                + '|' + width + '|' + height;
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return "g" + Long.toHexString(crc.getValue()) + "-";
    }
}
