package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The French account of what an RPLS file replaces and adds, commune by commune, established in the import's
 * transaction before anything is replaced, and how it layers with the other variant of the same millésime.
 */
final class ReplacementMessage {

    /** How many communes a sentence names before « et N autres ». */
    private static final int NAMED = 5;

    private ReplacementMessage() {
    }

    static List<String> lines(int millesime, boolean loi, RplsLayering.Plan plan) {
        String variant = loi ? "version loi" : "version publique";
        List<RplsLayering.CommuneChange> communes = plan.communes();
        List<String> lines = new ArrayList<>();
        List<RplsLayering.CommuneChange> replaced = filter(communes, x -> x.replaced() > 0);
        if (!replaced.isEmpty()) {
            lines.add("Remplace " + n(sum(replaced, RplsLayering.CommuneChange::replaced)) + " logements du RPLS "
                    + millesime + " (" + variant + ") dans " + communes(replaced.size()) + ", par les "
                    + n(sum(replaced, RplsLayering.CommuneChange::added)) + " du fichier : "
                    + names(replaced, x -> n(x.replaced()) + " → " + n(x.added())) + ".");
        }
        List<RplsLayering.CommuneChange> added = filter(communes, x -> x.replaced() == 0);
        if (!added.isEmpty()) {
            lines.add("Ajoute " + n(sum(added, RplsLayering.CommuneChange::added)) + " logements dans "
                    + communes(added.size()) + " sans RPLS " + millesime + " (" + variant + ") jusqu'ici : "
                    + names(added, x -> n(x.added())) + ".");
        }
        List<RplsLayering.CommuneChange> layered = filter(communes, x -> x.otherVariant() > 0);
        if (!layered.isEmpty()) {
            long other = sum(layered, RplsLayering.CommuneChange::otherVariant);
            lines.add(loi
                    ? "Dans " + communes(layered.size()) + ", la version loi remplace désormais la version publique : "
                            + "ses " + n(other) + " logements restent chargés mais ne sont plus lus."
                    : "Dans " + communes(layered.size()) + ", la version loi déjà importée (" + n(other)
                            + " logements) reste en vigueur : les " + n(sum(layered, RplsLayering.CommuneChange::added))
                            + " logements publics du fichier y sont chargés mais ne sont pas lus.");
        }
        if (plan.untouchedCommunes() == 1) {
            lines.add("L'autre commune du millésime " + millesime + " (" + n(plan.untouchedDwellings())
                    + " logements) n'est pas touchée.");
        } else if (plan.untouchedCommunes() > 1) {
            lines.add("Les " + n(plan.untouchedCommunes()) + " autres communes du millésime " + millesime + " ("
                    + n(plan.untouchedDwellings()) + " logements) ne sont pas touchées.");
        }
        return lines;
    }

    private static List<RplsLayering.CommuneChange> filter(List<RplsLayering.CommuneChange> communes,
                                                           Predicate<RplsLayering.CommuneChange> keep) {
        return communes.stream().filter(keep).toList();
    }

    private static long sum(List<RplsLayering.CommuneChange> communes,
                            java.util.function.ToLongFunction<RplsLayering.CommuneChange> value) {
        return communes.stream().mapToLong(value).sum();
    }

    private static String names(List<RplsLayering.CommuneChange> communes,
                                Function<RplsLayering.CommuneChange, String> detail) {
        List<String> named = new ArrayList<>();
        for (RplsLayering.CommuneChange x : communes.subList(0, Math.min(NAMED, communes.size()))) {
            named.add(x.name() + " (" + detail.apply(x) + ")");
        }
        String list = String.join(", ", named);
        int others = communes.size() - named.size();
        return others == 0 ? list : list + " et " + n(others) + (others > 1 ? " autres" : " autre");
    }

    private static String communes(long count) {
        return n(count) + (count > 1 ? " communes" : " commune");
    }

    private static String n(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
