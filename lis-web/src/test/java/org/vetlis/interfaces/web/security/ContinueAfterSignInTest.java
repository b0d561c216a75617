package org.vetlis.interfaces.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContinueAfterSignInTest {

    @Test
    void onlyPagesOfThisApplicationAreReturnedTo() {
        assertThat(ContinueAfterSignIn.isInside("/lis/app/home.xhtml", "/lis")).isTrue();
        assertThat(ContinueAfterSignIn.isInside("/lis/app/orders.xhtml?id=4", "/lis")).isTrue();
        assertThat(ContinueAfterSignIn.isInside("//evil.example/lis/", "/lis")).isFalse();
        assertThat(ContinueAfterSignIn.isInside("/other/app", "/lis")).isFalse();
        assertThat(ContinueAfterSignIn.isInside("/lisx/app", "/lis")).isFalse();
        assertThat(ContinueAfterSignIn.isInside("/lis/login.xhtml", "/lis")).as("no loop back to the form").isFalse();
    }
}
