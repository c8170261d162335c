package fr.dijon.observatoire.atlas.site;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table of a page: caption, columns and cells. On a phone each row becomes a card whose cells carry their
 * column's label, so that no table is wider than the screen.
 */
public record Table(String caption, List<Column> columns, List<List<Cell>> rows, String id, boolean sortable) {

    public record Column(String label, boolean numeric, String key) {
    }

    /** A cell: its value, an optional link (relative to the page) and an optional CSS class. */
    public record Cell(Value value, String href, String css) {

        public static Cell of(Value value) {
            return new Cell(value, null, null);
        }

        public static Cell text(String text) {
            return new Cell(Value.text(text), null, null);
        }

        public static Cell link(String text, String href) {
            return new Cell(Value.text(text), href, null);
        }
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private String id;
        private boolean sortable;

        public Builder(String caption) {
            this.caption = caption;
        }

        public Builder column(String label) {
            columns.add(new Column(label, false, "c" + columns.size()));
            return this;
        }

        public Builder number(String label) {
            columns.add(new Column(label, true, "c" + columns.size()));
            return this;
        }

        /** Gives the table an id (for links and tests), without making it sortable. */
        public Builder identified(String tableId) {
            this.id = tableId;
            return this;
        }

        public Builder sortable(String tableId) {
            this.id = tableId;
            this.sortable = true;
            return this;
        }

        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public Table build() {
            return new Table(caption, List.copyOf(columns), List.copyOf(rows), id, sortable);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
