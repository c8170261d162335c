package fr.dijon.observatoire.atlas.graphics;

import fr.dijon.observatoire.format.Typography;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * The common frame of the JFreeChart graphics: the typeset title, the chart built once (on first draw, after the
 * subclass's fields are set) and drawn with the atlas's rendering hints.
 */
abstract class ChartGraphic implements AtlasGraphic {

    protected final String title;
    protected final String source;
    private JFreeChart chart;

    protected ChartGraphic(String title, String source) {
        this.title = Typography.apply(Objects.requireNonNull(title, "title"));
        this.source = Typography.apply(source);
    }

    /** Builds the JFreeChart, through {@link ChartSupport#chart}. */
    protected abstract JFreeChart build();

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final void draw(Graphics2D g, Rectangle2D area) {
        synchronized (this) {
            if (chart == null) {
                chart = build();
            }
        }
        ChartSupport.draw(chart, g, area);
    }
}
