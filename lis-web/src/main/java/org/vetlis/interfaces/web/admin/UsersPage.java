package org.vetlis.interfaces.web.admin;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.UserDirectory;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;

/**
 * The accounts of the lab, for an administrator (web.xml refuses the page, and so its actions, to anyone else):
 * create, change name, roles and active flag, set a new password, end a lockout. Every change is audited by the
 * directory, as it is from the API.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserDirectory users;

    @Inject
    private transient WebCallers callers;

    private final UserForm form = new UserForm();

    public List<User> getUsers() {
        return users.all();
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public boolean isLocked(User user) {
        return user.isLocked(OffsetDateTime.now());
    }

    public void create() {
        form.clear();
    }

    public void edit(String username) {
        users.find(username).ifPresentOrElse(form::load, () -> Feedback.error("No user " + username));
    }

    /** A new account with the password typed, or the changes to an existing one (its password is left alone). */
    public void save() {
        if (!form.isExisting()) {
            char[] password = form.takePassword();
            User created = Feedback.attempt(() -> users.create(form.account(), password, callers.current()));
            Arrays.fill(password, '\0');
            if (created != null) {
                Feedback.info("User " + created.username() + " created; tell them their first password and to change it");
                form.load(created);
            }
            return;
        }
        User saved = Feedback.attempt(() -> users.update(form.account(), form.version(), callers.current()));
        if (saved != null) {
            Feedback.info("User " + saved.username() + " saved");
            form.load(saved);
        }
    }

    /** Sets the password typed in the form for the account being edited; a lockout ends with it. */
    public void resetPassword() {
        char[] password = form.takePassword();
        User saved = Feedback.attempt(() -> users.resetPassword(form.getUsername(), password, callers.current()));
        Arrays.fill(password, '\0');
        if (saved != null) {
            Feedback.info("New password set for " + saved.username());
            form.load(saved);
        }
    }

    public void unlock(String username) {
        User saved = Feedback.attempt(() -> users.unlock(username, callers.current()));
        if (saved != null) {
            Feedback.info(saved.username() + " may sign in again");
        }
    }

    public UserForm getForm() {
        return form;
    }
}
