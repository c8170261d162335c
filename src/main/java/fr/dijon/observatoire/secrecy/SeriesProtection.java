package fr.dijon.observatoire.secrecy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statistical secrecy of one monthly series of persons or households (a partner count). Every figure published
 * about it — a month, a quarter, a year, a 12-month rolling sum, a year-to-date — is a sum of months (a form).
 * The series is published at the finest grain (month, quarter, year) at which no figure is itself a count of 1 to
 * threshold − 1 (at the year, the coarsest grain, such a count is masked instead) and, given everything published
 * now and by the previous publication: no unpublished form can be narrowed to an
 * interval holding fewer values than the threshold (linear programming over the months, each ≥ 0); and no sum of consecutive
 * months that a reader can compute exactly is such a count. A rolling sum or a year-to-date published next to its
 * months, or differenced with last month's publication, is therefore caught.
 */
public final class SeriesProtection {

    /** The grains, finest first. */
    public static final List<String> GRAINS = List.of("mois", "trimestre", "annee");

    /** One candidate form of the series: the sum of {@code months} (indices into the series' months). */
    public record Form(String key, String grain, int[] months, long value) {
    }

    /** The decision on one form. */
    public record Decision(String key, boolean published, String reason) {
    }

    /** The grain chosen (or « aucun » when nothing can be published) and the decision on every form. */
    public record Outcome(String grain, List<Decision> decisions) {
    }

    private final int threshold;

    public SeriesProtection(int threshold) {
        this.threshold = threshold;
    }

    /**
     * @param months             the true value of each month of the series
     * @param previousPublished  forms published by the previous publication, with their value then (months
     *                           indexed like {@code months}); one whose months have since been revised no longer
     *                           describes this series and is left out
     * @param previouslyMasked   forms masked by it (masked again)
     */
    public Outcome protect(long[] months, List<Form> forms, List<Form> previousPublished,
                           Set<String> previouslyMasked) {
        for (String grain : GRAINS) {
            Map<String, String> masked = attempt(grain, months, forms, previousPublished, previouslyMasked);
            if (masked != null) {
                return outcome(grain, forms, masked);
            }
        }
        Map<String, String> all = new LinkedHashMap<>();
        forms.forEach(f -> all.put(f.key(), "grain"));
        return outcome("aucun", forms, all);
    }

    private Outcome outcome(String grain, List<Form> forms, Map<String, String> masked) {
        List<Decision> decisions = new ArrayList<>();
        for (Form f : forms) {
            decisions.add(new Decision(f.key(), !masked.containsKey(f.key()), masked.get(f.key())));
        }
        return new Outcome(grain, decisions);
    }

    /** The masks that protect the series at this grain, or null when the grain cannot be protected. */
    private Map<String, String> attempt(String grain, long[] months, List<Form> forms,
                                        List<Form> previousPublished, Set<String> previouslyMasked) {
        int rank = GRAINS.indexOf(grain);
        Map<String, String> masked = new LinkedHashMap<>();
        Set<String> locked = new HashSet<>();
        List<Form> stillTrue = new ArrayList<>();
        for (Form p : previousPublished) {
            long now = 0;
            for (int m : p.months()) {
                now += months[m];
            }
            if (now == p.value()) {
                stillTrue.add(p);
                locked.add(p.key());
            }
        }
        for (Form f : forms) {
            if (locked.contains(f.key())) {
                locked.add(f.key());
            } else if (GRAINS.indexOf(f.grain()) < rank) {
                masked.put(f.key(), "grain");
            } else if (previouslyMasked.contains(f.key())) {
                masked.put(f.key(), "stable");
            } else if (f.value() >= 1 && f.value() < threshold) {
                if (rank < GRAINS.size() - 1) {
                    return null;
                }
                masked.put(f.key(), "primaire");
            }
        }
        for (int attempt = 0; attempt <= forms.size(); attempt++) {
            List<int[]> known = new ArrayList<>();
            List<Long> knownValues = new ArrayList<>();
            for (Form f : forms) {
                if (!masked.containsKey(f.key()) && !locked.contains(f.key())) {
                    known.add(f.months());
                    knownValues.add(f.value());
                }
            }
            for (Form p : stillTrue) {
                known.add(p.months());
                knownValues.add(p.value());
            }
            int[] weak = weakest(months, forms, masked, locked, known, knownValues);
            if (weak == null) {
                return masked;
            }
            Form relief = relief(forms, masked, locked, weak, rank);
            if (relief == null) {
                return null;
            }
            masked.put(relief.key(), "secondaire");
        }
        return null;
    }

    /**
     * The months of the first thing left unprotected — an unpublished form too narrow, or a computable run of
     * consecutive months that is a small count — or null when everything is protected.
     */
    private int[] weakest(long[] months, List<Form> forms, Map<String, String> masked, Set<String> locked,
                          List<int[]> known, List<Long> knownValues) {
        MonthSystem system = new MonthSystem(months.length, known, knownValues);
        for (Form f : forms) {
            String reason = masked.get(f.key());
            boolean secret = reason != null && (!reason.equals("grain") || (f.value() >= 1 && f.value() < threshold));
            if (secret && !locked.contains(f.key()) && system.width(f.months()) < threshold - 1) {
                return f.months();
            }
        }
        for (int a = 0; a < months.length; a++) {
            long sum = 0;
            for (int b = a; b < months.length; b++) {
                sum += months[b];
                if (sum >= 1 && sum < threshold) {
                    int[] run = range(a, b);
                    if (system.derivable(run)) {
                        return run;
                    }
                }
            }
        }
        return null;
    }

    /** A published, not locked form overlapping the weak months, preferring the grain in use and small values. */
    private static Form relief(List<Form> forms, Map<String, String> masked, Set<String> locked, int[] weak, int rank) {
        Set<Integer> target = new HashSet<>();
        for (int m : weak) {
            target.add(m);
        }
        Form best = null;
        for (Form f : forms) {
            if (masked.containsKey(f.key()) || locked.contains(f.key())) {
                continue;
            }
            boolean overlaps = false;
            for (int m : f.months()) {
                overlaps |= target.contains(m);
            }
            if (overlaps && (best == null || score(f, rank) < score(best, rank))) {
                best = f;
            }
        }
        return best;
    }

    private static double score(Form f, int rank) {
        return (GRAINS.indexOf(f.grain()) == rank ? 0 : 1e12) + f.months().length * 1e6 + f.value();
    }

    private static int[] range(int a, int b) {
        int[] run = new int[b - a + 1];
        for (int i = 0; i < run.length; i++) {
            run[i] = a + i;
        }
        return run;
    }

    /** Keys → months, for callers building forms from rows. */
    public static Map<String, Integer> index(List<String> months) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            index.put(months.get(i), i);
        }
        return index;
    }
}
