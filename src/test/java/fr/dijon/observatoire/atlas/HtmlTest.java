package fr.dijon.observatoire.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.atlas.site.Value;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTextAndAttributesWithJtesEscaper() {
        assertThat(Html.text("<script>alert(1)</script>")).doesNotContain("<script>").contains("&lt;script");
        assertThat(Html.text("\" onmouseover=\"alert('x')")).doesNotContain("\"").doesNotContain("'");
        assertThat(Html.text("Rue de l’Île & Cœur")).isEqualTo("Rue de l’Île &amp; Cœur");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void formatsNumbersAndMaskedValuesTheFrenchWay() {
        assertThat(Value.count(25259).text()).isEqualTo("25\u202F259");
        assertThat(Value.share(0.275, 1).text()).isEqualTo("27,5\u202F%");
        assertThat(Value.share(0.26, 0).text()).isEqualTo("26\u202F%");
        assertThat(Value.masked("primaire", Value.share(0.4, 0))).isEqualTo(Value.SECRET);
        assertThat(Value.count(null).text()).isEqualTo("–");
    }
}
