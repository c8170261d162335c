package fr.dijon.observatoire.audit;

/**
 * A count that a reader of the published files can pin down: the attack that found it, the file, the figure, and
 * what the attack learns (French).
 */
public record Breach(String attack, String file, String figure, String detail) {

    public static final String DERIVED = "compte déduit";
    public static final String EXACT = "valeur masquée retrouvée";
    public static final String NARROW = "intervalle trop étroit";
    public static final String REASON = "raison du secret publiée";
    public static final String PRECISION = "précision qui renseigne";
    public static final String ATLAS = "atlas différent du pack";
}
