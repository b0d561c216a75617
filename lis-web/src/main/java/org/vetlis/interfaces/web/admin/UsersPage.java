package org.vetlis.interfaces.web.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.lab.application.UserDirectory;
import org.vetlis.lab.domain.security.User;

/** The accounts of the lab, for an administrator (the page is refused to anyone else by web.xml). */
@Named
@RequestScoped
public class UsersPage {

    @Inject
    private UserDirectory users;

    public List<User> getUsers() {
        return users.all();
    }
}
