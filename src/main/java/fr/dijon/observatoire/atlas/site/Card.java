package fr.dijon.observatoire.atlas.site;

/**
 * A key-figure card: the value, what it counts, the base it is a share of (said on every card), the comparison
 * with the metropolis or the previous millésime, and the class it belongs to (for its colour).
 */
public record Card(Value value, Value share, String label, String base, String comparison, String css) {
}
