package fr.dijon.observatoire.atlas.graphics;

/**
 * One row of a {@link ProgressChart}: what was achieved against an annual target.
 *
 * @param label          row label, e.g. "Attributions hors QPV au 1ᵉʳ quartile"
 * @param achieved       achieved count; null when masked by statistical secrecy
 * @param annualTarget   annual target (strictly positive)
 * @param proratedTarget target prorated to the date of the data (marker); null when not applicable
 */
public record TargetProgress(String label, Double achieved, double annualTarget, Double proratedTarget) {

    public TargetProgress {
        if (label == null) {
            throw new IllegalArgumentException("Libellé manquant");
        }
        if (!(annualTarget > 0)) {
            throw new IllegalArgumentException("Objectif annuel non positif pour «\u00A0" + label + "\u00A0»\u00A0: " + annualTarget);
        }
    }

    /** Achieved ÷ annual target (1.0 = 100 %), or null when masked. */
    public Double rate() {
        return achieved == null ? null : achieved / annualTarget;
    }
}
