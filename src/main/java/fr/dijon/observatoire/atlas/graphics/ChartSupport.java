package fr.dijon.observatoire.atlas.graphics;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** Shared set-up of the JFreeChart charts: theme, title, source line, drawing. */
final class ChartSupport {

    private ChartSupport() {
    }

    /** Creates the chart, applies the atlas theme, then the source line and the final touches. */
    static JFreeChart chart(String title, Plot plot, boolean legend, String source) {
        JFreeChart chart = new JFreeChart(title, AtlasFonts.TITLE, plot, legend);
        AtlasFonts.chartTheme().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 4, 10));
        chart.setBorderVisible(false);
        plot.setOutlineVisible(false);
        TextTitle main = chart.getTitle();
        if (main != null) {
            main.setHorizontalAlignment(HorizontalAlignment.LEFT);
            main.setPadding(new RectangleInsets(2, 2, 8, 2));
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legendTitle.setItemFont(AtlasFonts.SMALL);
            legendTitle.setItemPaint(AtlasPalette.TEXT);
        }
        if (source != null && !source.isBlank()) {
            TextTitle sourceLine = new TextTitle(source, AtlasFonts.SOURCE);
            sourceLine.setPaint(AtlasPalette.TEXT_MUTED);
            sourceLine.setPosition(RectangleEdge.BOTTOM);
            sourceLine.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sourceLine.setPadding(new RectangleInsets(6, 2, 0, 2));
            chart.addSubtitle(0, sourceLine); // first = outermost: below the legend
        }
        return chart;
    }

    /** Item labels in the atlas's small font, at {@code position}, {@code offset} points from the item. */
    static void itemLabels(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer renderer,
                           org.jfree.chart.labels.ItemLabelPosition position, double offset) {
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(AtlasFonts.SMALL);
        renderer.setDefaultItemLabelPaint(AtlasPalette.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(position);
        renderer.setItemLabelAnchorOffset(offset);
    }

    /** A bold text mark at a category (« s » for a masked value), anchored at {@code value}. */
    static void mark(org.jfree.chart.plot.CategoryPlot plot, String text, Comparable<?> category, double value,
                     org.jfree.chart.ui.TextAnchor anchor) {
        org.jfree.chart.annotations.CategoryTextAnnotation mark =
                new org.jfree.chart.annotations.CategoryTextAnnotation(text, category, value);
        mark.setFont(AtlasFonts.LABEL_BOLD);
        mark.setPaint(AtlasPalette.TEXT);
        mark.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.MIDDLE);
        mark.setTextAnchor(anchor);
        plot.addAnnotation(mark);
    }

    static void styleAxis(Axis axis) {
        if (axis.getLabel() != null) {
            axis.setLabel(fr.dijon.observatoire.format.Typography.apply(axis.getLabel()));
        }
        axis.setLabelFont(AtlasFonts.REGULAR);
        axis.setLabelPaint(AtlasPalette.TEXT);
        axis.setTickLabelFont(AtlasFonts.SMALL);
        axis.setTickLabelPaint(AtlasPalette.TEXT);
        axis.setAxisLinePaint(AtlasPalette.TEXT);
        axis.setAxisLineStroke(new BasicStroke(0.8f));
        axis.setTickMarkPaint(AtlasPalette.TEXT);
    }

    static void styleCategoryAxis(CategoryAxis axis) {
        styleAxis(axis);
        axis.setMaximumCategoryLabelLines(3);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
    }

    static void draw(JFreeChart chart, Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            chart.draw(g2, area);
        } finally {
            g2.dispose();
        }
    }
}
