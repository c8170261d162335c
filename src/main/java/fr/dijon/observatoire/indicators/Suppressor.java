package fr.dijon.observatoire.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical secrecy, in one place. Primary suppression masks every cell resting on 1 to {@code threshold − 1}
 * households or people (numerator or denominator; zero stays visible). Secondary suppression then looks at
 * every additive relation (a total with its parts: residences within a commune, communes within the EPCI,
 * QPV and outside QPV, months within a year): where exactly one member is masked, it could be recovered by
 * subtraction, so one more member is masked — preferably one already masked last period, then the smallest
 * non-zero one, then by id for determinism — until no relation has a single masked member.
 */
public final class Suppressor {

    /** Why a cell is masked. */
    public enum Reason {
        PRIMAIRE("primaire"), SECONDAIRE("secondaire");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final int threshold;

    public Suppressor(int threshold) {
        this.threshold = threshold;
    }

    public boolean primary(SecrecyCell cell) {
        return cell.subject() && (small(cell.numerator()) || small(cell.denominator()));
    }

    private boolean small(Long count) {
        return count != null && count >= 1 && count < threshold;
    }

    public Map<String, Reason> suppress(List<SecrecyCell> cells) {
        Map<String, Reason> masked = new LinkedHashMap<>();
        Map<String, List<SecrecyCell>> groups = new HashMap<>();
        for (SecrecyCell cell : cells) {
            if (primary(cell)) {
                masked.put(cell.id(), Reason.PRIMAIRE);
            }
            for (String group : cell.groups()) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(cell);
            }
        }
        Comparator<SecrecyCell> preference = Comparator
                .comparing((SecrecyCell c) -> !c.previouslyMasked())
                .thenComparing(c -> weight(c) == 0)
                .thenComparingLong(Suppressor::weight)
                .thenComparing(SecrecyCell::id);
        List<String> groupIds = new ArrayList<>(groups.keySet());
        groupIds.sort(null);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String groupId : groupIds) {
                List<SecrecyCell> members = groups.get(groupId);
                long hidden = members.stream().filter(c -> masked.containsKey(c.id())).count();
                if (hidden == 1 && members.size() > 1) {
                    SecrecyCell extra = members.stream().filter(c -> !masked.containsKey(c.id()))
                            .min(preference).orElseThrow();
                    masked.put(extra.id(), Reason.SECONDAIRE);
                    changed = true;
                }
            }
        }
        return masked;
    }

    private static long weight(SecrecyCell cell) {
        if (cell.numerator() != null) {
            return cell.numerator();
        }
        return cell.denominator() == null ? Long.MAX_VALUE : cell.denominator();
    }
}
