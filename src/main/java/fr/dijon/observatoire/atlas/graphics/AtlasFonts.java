package fr.dijon.observatoire.atlas.graphics;

import java.awt.Font;

import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Fonts of the atlas: DejaVu Sans everywhere (installed on the build machines, full French and
 * typographic coverage including U+202F), never the logical "SansSerif" font, and the one JFreeChart
 * theme applied to every chart.
 */
public final class AtlasFonts {

    public static final String FAMILY = "DejaVu Sans";

    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 15);
    public static final Font SUBTITLE = new Font(FAMILY, Font.BOLD, 12);
    public static final Font REGULAR = new Font(FAMILY, Font.PLAIN, 11);
    public static final Font SMALL = new Font(FAMILY, Font.PLAIN, 10);
    public static final Font SOURCE = new Font(FAMILY, Font.PLAIN, 9);
    public static final Font LABEL_BOLD = new Font(FAMILY, Font.BOLD, 11);

    private static final StandardChartTheme THEME = createTheme();

    private AtlasFonts() {
    }

    /** DejaVu Sans at the given style ({@link Font#PLAIN}, {@link Font#BOLD}…) and size. */
    public static Font font(int style, float size) {
        return new Font(FAMILY, style, 1).deriveFont(style, size);
    }

    /**
     * The chart theme of the atlas (shared, do not modify): DejaVu Sans, dark grey text on white,
     * light grid, flat bars without shadows.
     */
    public static StandardChartTheme chartTheme() {
        return THEME;
    }

    private static StandardChartTheme createTheme() {
        StandardChartTheme theme = new StandardChartTheme("Atlas observatoire", false);
        theme.setExtraLargeFont(TITLE);
        theme.setLargeFont(SUBTITLE);
        theme.setRegularFont(REGULAR);
        theme.setSmallFont(SMALL);
        theme.setTitlePaint(AtlasPalette.TEXT);
        theme.setSubtitlePaint(AtlasPalette.TEXT);
        theme.setChartBackgroundPaint(AtlasPalette.BACKGROUND);
        theme.setLegendBackgroundPaint(AtlasPalette.BACKGROUND);
        theme.setLegendItemPaint(AtlasPalette.TEXT);
        theme.setPlotBackgroundPaint(AtlasPalette.BACKGROUND);
        theme.setPlotOutlinePaint(AtlasPalette.BACKGROUND);
        theme.setDomainGridlinePaint(AtlasPalette.GRID);
        theme.setRangeGridlinePaint(AtlasPalette.GRID);
        theme.setBaselinePaint(AtlasPalette.TEXT);
        theme.setAxisLabelPaint(AtlasPalette.TEXT);
        theme.setTickLabelPaint(AtlasPalette.TEXT);
        theme.setItemLabelPaint(AtlasPalette.TEXT);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        return theme;
    }
}
