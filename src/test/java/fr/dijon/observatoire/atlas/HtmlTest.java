package fr.dijon.observatoire.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTextAndAttributes() {
        assertThat(Html.text("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Html.text("\" onmouseover=\"alert('x')")).isEqualTo("&quot; onmouseover=&quot;alert(&#39;x&#39;)");
        assertThat(Html.text("Rue de l’Île & Cœur")).isEqualTo("Rue de l’Île &amp; Cœur");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void escapesJsonForAScriptElement() {
        assertThat(Html.jsonString("</script><script>alert(1)</script>"))
                .isEqualTo("\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"")
                .doesNotContain("</");
        assertThat(Html.jsonString("l'\"Île\"\n\u2028")).isEqualTo("\"l'\\\"Île\\\"\\n\\u2028\"");
        assertThat(Html.jsonString(null)).isEqualTo("null");
        assertThat(Html.jsonNumber(5.0)).isEqualTo("5");
        assertThat(Html.jsonNumber(47.32150)).isEqualTo("47.3215");
        assertThat(Html.jsonNumber(Double.NaN)).isEqualTo("null");
    }

    @Test
    void formatsNumbersAndMaskedValuesTheFrenchWay() {
        assertThat(Formats.count(25259)).isEqualTo("25\u202F259");
        assertThat(Formats.percent(0.275)).isEqualTo("27,5\u202F%");
        assertThat(Formats.masked(0.4, "primaire", true)).contains(">s<", "secret statistique");
        assertThat(Formats.masked(null, null, false)).isEqualTo("–");
        assertThat(Months.label("2026-02")).isEqualTo("février 2026");
    }
}
