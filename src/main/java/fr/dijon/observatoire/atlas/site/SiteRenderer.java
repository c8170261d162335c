package fr.dijon.observatoire.atlas.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders the atlas's JTE templates (compiled with the code by jte-maven-plugin), escaped and typeset. */
public final class SiteRenderer {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            SiteRenderer.class.getClassLoader(), "fr.dijon.observatoire.atlas.jte");

    private SiteRenderer() {
    }

    /** The page or fragment of template {@code name} (e.g. {@code "accueil.jte"}) with its parameters. */
    public static String render(String name, Map<String, Object> parameters) {
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render(name, parameters, new TypographicOutput(out));
        return out.toString();
    }
}
