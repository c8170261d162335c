package fr.dijon.observatoire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts: the database, the output folder and the debug switch. */
public class GlobalOptions {

    @Option(names = "--base", paramLabel = "<fichier.duckdb>", scope = ScopeType.INHERIT,
            description = "Base DuckDB de l'observatoire (créée au premier usage). Défaut : <sortie>/observatoire.duckdb.")
    Path base;

    @Option(names = "--sortie", paramLabel = "<dossier>", scope = ScopeType.INHERIT,
            description = "Dossier des sorties (rejets, atlas, packs, rapports). Défaut : output/.")
    Path sortie = Path.of("output");

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Affiche le détail technique des erreurs (traces Java, journaux Spring).")
    boolean debug;

    public Path database() {
        return base != null ? base : sortie.resolve("observatoire.duckdb");
    }

    public Path outputDir() {
        return sortie;
    }

    /** The project folder (reference-data/, jobs/), set by the launcher; the working folder otherwise. */
    public Path projectHome() {
        return Path.of(System.getProperty("observatoire.home", "."));
    }

    public boolean debug() {
        return debug;
    }
}
