package org.vetlis.interfaces.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vetlis.interfaces.web.security.ContinueAfterSignIn;

/** The sign-in form: hands the credentials to Jakarta Security and goes where it says. */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/app/home.xhtml";

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private String username;

    private String password;

    /** Someone already signed in goes straight home. */
    public void redirectIfSignedIn() throws IOException {
        if (security.getCallerPrincipal() != null) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + HOME);
        }
    }

    public String signIn() {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                Optional<String> wanted = ContinueAfterSignIn.takeFrom(request);
                if (wanted.isPresent()) {
                    redirect(external, wanted.get());
                    return null;
                }
                return HOME + "?faces-redirect=true";
            }
            default -> {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Sign-in failed",
                        "Unknown username or wrong password. After 5 failures in a row the account is locked for 15 minutes."));
                return null;
            }
        }
    }

    private void redirect(ExternalContext external, String path) {
        try {
            external.redirect(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
