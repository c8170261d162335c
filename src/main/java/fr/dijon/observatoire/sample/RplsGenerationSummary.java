package fr.dijon.observatoire.sample;

import java.nio.file.Path;

/**
 * What a generation wrote: the file, its number of dwelling rows (header excluded), of buildings
 * (distinct addresses) and of dwellings in a QPV.
 */
public record RplsGenerationSummary(Path file, long rows, long residences, long qpvRows) {
}
