package fr.dijon.observatoire.atlas.graphics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses SVG output and reads its texts. */
final class SvgAssertions {

    private SvgAssertions() {
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            dump(svg);
            return document;
        } catch (Exception e) {
            throw new AssertionError("SVG mal formé : " + e.getMessage(), e);
        }
    }

    /** Concatenation of every {@code <text>} element, separated by new lines. */
    static String texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            sb.append(nodes.item(i).getTextContent()).append('\n');
        }
        return sb.toString();
    }

    static int count(Document document, String tag) {
        return document.getElementsByTagNameNS("*", tag).getLength();
    }

    static long countWithIdPrefix(Document document, String tag, String idPart) {
        NodeList nodes = document.getElementsByTagNameNS("*", tag);
        long n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("id").contains(idPart)) {
                n++;
            }
        }
        return n;
    }

    /** With -Datlas.graphics.dump=dir, writes the SVGs there for a visual check. */
    private static void dump(String svg) {
        String dir = System.getProperty("atlas.graphics.dump");
        if (dir == null) {
            return;
        }
        try {
            Path target = Path.of(dir);
            Files.createDirectories(target);
            String name = StackWalker.getInstance().walk(s -> s.skip(2).findFirst().map(f -> f.getMethodName()).orElse("svg"));
            Files.writeString(target.resolve(name + "-" + Integer.toHexString(svg.hashCode()) + ".svg"), svg);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
