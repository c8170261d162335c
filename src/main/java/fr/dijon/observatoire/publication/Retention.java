package fr.dijon.observatoire.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which published periods a clean-up removes. The latest period's publication is never removed: it is what the
 * atlas and the pack show as current, and there is always at least one publication left to show.
 */
public final class Retention {

    private Retention() {
    }

    /** A clean-up that cannot be done, with the French reason. */
    public static final class RefusedException extends IllegalArgumentException {
        public RefusedException(String message) {
            super(message);
        }
    }

    /** The periods to remove among the published ones when keeping the {@code keep} latest (keep ≥ 1). */
    public static List<String> keepLatest(List<String> published, int keep) {
        if (keep < 1) {
            throw new RefusedException("--garder " + keep + " : gardez au moins une publication (la plus récente "
                    + "n'est jamais supprimée).");
        }
        List<String> periods = new ArrayList<>(new TreeSet<>(published));
        return periods.size() <= keep ? List.of() : List.copyOf(periods.subList(0, periods.size() - keep));
    }

    /** The requested periods, checked: each published, none the latest. */
    public static List<String> remove(List<String> published, List<String> requested) {
        TreeSet<String> periods = new TreeSet<>(published);
        if (periods.isEmpty()) {
            throw new RefusedException("aucune publication n'existe : rien à supprimer.");
        }
        TreeSet<String> removed = new TreeSet<>();
        for (String period : requested) {
            if (!periods.contains(period)) {
                throw new RefusedException("aucune publication pour " + period + " : les périodes publiées sont "
                        + String.join(", ", periods) + ".");
            }
            if (period.equals(periods.last())) {
                throw new RefusedException("la publication de " + period + " est la plus récente : elle n'est jamais "
                        + "supprimée (l'atlas et le pack la montrent comme actuelle). Publiez d'abord une période "
                        + "plus récente.");
            }
            removed.add(period);
        }
        return List.copyOf(removed);
    }
}
