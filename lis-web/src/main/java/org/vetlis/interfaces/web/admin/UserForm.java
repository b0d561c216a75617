package org.vetlis.interfaces.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.vetlis.lab.application.UserDirectory.Account;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;

/** An account as the administrator's form shows it; kept as typed when saving is refused. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean existing;
    private long version;
    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private boolean active = true;
    /** The first password of a new account, or a new one set for a person who forgot theirs; never shown back. */
    private String password;

    void load(User user) {
        existing = true;
        version = user.version();
        username = user.username();
        displayName = user.displayName();
        email = user.email();
        roles = new ArrayList<>(user.roles().stream().map(Role::name).sorted().toList());
        active = user.isActive();
        password = null;
    }

    void clear() {
        existing = false;
        version = 0;
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>();
        active = true;
        password = null;
    }

    Account account() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        return new Account(username, displayName, email == null || email.isBlank() ? null : email.strip(), chosen, active);
    }

    /** The password typed, taken once: the form forgets it as soon as it is handed over. */
    char[] takePassword() {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        return typed;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    long version() {
        return version;
    }
}
