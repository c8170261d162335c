package fr.dijon.observatoire.pack;

import java.util.List;

/**
 * One CSV table of the CIL pack: its file name, its columns (with their dictionary entries) and the query on the
 * published marts that fills it, column for column.
 */
public record PackTable(String file, String title, List<PackColumn> columns, String query) {
}
