package fr.dijon.observatoire.atlas;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;

/**
 * HTML escaping for markup built outside the templates (the SVG of the graphics, the run report): JTE's own
 * escaper, the one the templates use, so that the project has a single one.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for an element's content or a double-quoted attribute value. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringOutput out = new StringOutput(value.length() + 16);
        Escape.htmlAttribute(value, out);
        return out.toString();
    }
}
