package org.vetlis.lab.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void caseAccentsAndSpacingDoNotMatter() {
        assertThat(SearchKey.of("  Müller ")).isEqualTo(SearchKey.of("MULLER")).isEqualTo("muller");
        assertThat(SearchKey.of("Zoë  Ångström")).isEqualTo("zoe angstrom");
        assertThat(SearchKey.of("Weiß")).isEqualTo("weiss");
    }

    @Test
    void aPrefixOfTheNameIsAPrefixOfTheKey() {
        assertThat(SearchKey.of("Bärli")).startsWith(SearchKey.of("bä"));
    }
}
