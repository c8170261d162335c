package fr.dijon.observatoire.ingest;

/** One rejected value: where it is in the source file, what it is, and why it was refused (in French). */
public record RejectedValue(long line, String column, String value, String reason) {
}
