package fr.dijon.observatoire.secrecy;

import java.util.List;

/** A set of forms to mask, what it adds to the problem it repairs, and the information it hides. */
record Repair(List<int[]> masks, long gain, double cost) {

    /** More added first; for the same addition, less hidden. */
    boolean betterThan(Repair other) {
        if (gain != other.gain) {
            return gain > other.gain;
        }
        return cost < other.cost;
    }
}
