package fr.dijon.observatoire.atlas.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data files of the pages: Jackson writes records as JSON, assigned to a {@code window} variable so that the
 * atlas works from {@code file://}. {@code < > &} and the line separators are escaped, so a street named
 * {@code </script>} stays text wherever the JSON ends up.
 */
final class ScriptJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new ScriptEscapes()).build()).build();

    private ScriptJson() {
    }

    static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static void write(Path file, String variable, Object value) throws IOException {
        Files.writeString(file, "window." + variable + " = " + json(value) + ";\n", StandardCharsets.UTF_8);
    }

    /** Writes a JSON document read from a file (the GeoJSON layers) the same way. */
    static void copy(Path source, Path file, String variable) throws IOException {
        write(file, variable, MAPPER.readTree(Files.readString(source, StandardCharsets.UTF_8)));
    }

    private static final class ScriptEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
