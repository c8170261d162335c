package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationStore;
import fr.dijon.observatoire.publication.PublishedOutputs;
import fr.dijon.observatoire.publication.Retention;
import fr.dijon.observatoire.store.DuckDbStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code observatoire publications [--supprimer AAAA-MM… | --garder N] [--fichiers]}: lists the publications, or
 * removes old ones (never the latest), with their atlas and pack if asked.
 */
@Command(name = "publications", header = "Liste les publications des indicateurs ; supprime les anciennes.",
        sortOptions = false,
        description = "Sans option, liste les publications (période, version, statut, entrées, méthode, date). "
        + "Avec --supprimer ou --garder, supprime les publications des périodes anciennes : leurs tables "
        + "publiées sont effacées, leur ligne reste dans l'historique (statut « supprimée »). La publication de "
        + "la période la plus récente n'est jamais supprimée.")
public class PublicationsCommand extends ObservatoireCommand {

    @ArgGroup(exclusive = true)
    Removal removal;

    /** What to remove: named periods, or all but the latest N. */
    static final class Removal {
        @Option(names = "--supprimer", paramLabel = "AAAA-MM", required = true,
                description = "Supprime la publication de cette période (option répétable).")
        List<String> periods;

        @Option(names = "--garder", paramLabel = "N", required = true,
                description = "Garde les N périodes les plus récentes et supprime les autres (N ≥ 1).")
        Integer keep;
    }

    @Option(names = "--fichiers", description = "Supprime aussi l'atlas (<sortie>/atlas/AAAA-MM/) et le pack "
        + "(<sortie>/packs/pack-cil-AAAA-MM.zip) des périodes supprimées.")
    boolean files;

    @Override
    public Integer call() throws Exception {
        DuckDbStore store = new DuckDbStore(options().database());
        if (removal == null) {
            try (Connection c = store.openReadOnly()) {
                PublicationsTable.print(c, System.out);
            }
            return ExitCodes.OK;
        }
        try (Connection c = store.open()) {
            PublicationStore publications = new PublicationStore();
            List<String> published = publications.all(c).stream()
                    .filter(p -> Publication.PUBLISHED.equals(p.status())).map(Publication::period).toList();
            List<String> removed;
            try {
                removed = removal.keep != null ? Retention.keepLatest(published, removal.keep)
                        : Retention.remove(published, removal.periods.stream().map(PublicationsCommand::period).toList());
            } catch (Retention.RefusedException e) {
                System.err.println("Erreur d'utilisation : " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (removed.isEmpty()) {
                System.out.println("Rien à supprimer : " + published.size() + " publication(s), toutes gardées.");
                return ExitCodes.OK;
            }
            PublishedOutputs outputs = new PublishedOutputs(options().outputDir());
            for (String period : removed) {
                publications.remove(c, period);
                System.out.println("Publication de " + period + " supprimée (gardée dans l'historique).");
                if (files) {
                    for (Path deleted : outputs.delete(period)) {
                        System.out.println("  supprimé : " + deleted);
                    }
                }
            }
        }
        return ExitCodes.OK;
    }

    private static String period(String value) {
        return PeriodOption.parse(value).toString();
    }
}
