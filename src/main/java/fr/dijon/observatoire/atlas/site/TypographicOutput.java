package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.format.Typography;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.Set;

/**
 * JTE's escaping output with the atlas's typographic filter in front: every text the templates write, static or
 * from data, gets French typography before JTE escapes it. Attributes that hold identifiers or addresses (href,
 * src, id…) and script or style bodies are left as they are.
 */
final class TypographicOutput extends OwaspHtmlTemplateOutput {

    private static final Set<String> LITERAL_ATTRIBUTES = Set.of("href", "src", "id", "class", "for", "name", "value",
            "type", "data-cle", "data-racine", "data-valeur", "data-id", "data-commune", "lang", "rel");
    private static final Set<String> LITERAL_TAGS = Set.of("script", "style");

    private final TemplateOutput raw;
    private boolean literal;

    TypographicOutput(TemplateOutput output) {
        super(output);
        this.raw = output;
    }

    /** Markup built by the atlas's own code (the SVG of a graphic, already typeset): written as it is. */
    @Override
    public void writeUnsafeContent(String value) {
        if (value != null) {
            raw.writeContent(value);
        }
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        literal = tagName != null && (LITERAL_TAGS.contains(tagName)
                || attributeName != null && LITERAL_ATTRIBUTES.contains(attributeName));
    }

    @Override
    public void writeUserContent(String value) {
        super.writeUserContent(literal ? value : Typography.apply(value));
    }

    @Override
    public void writeContent(String value) {
        super.writeContent(Typography.apply(value));
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        writeContent(value.substring(beginIndex, endIndex));
    }
}
