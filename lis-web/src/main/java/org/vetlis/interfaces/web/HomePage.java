package org.vetlis.interfaces.web;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.lab.application.SystemInfo;
import org.vetlis.lab.application.SystemInfoService;
import org.vetlis.lab.domain.security.Role;

/** The signed-in user's start page: who they are, and what the system is doing. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private SecurityContext security;

    @Inject
    private SystemInfoService systemInfo;

    private SystemInfo info;

    @PostConstruct
    void load() {
        info = systemInfo.info();
    }

    public String getUsername() {
        return security.getCallerPrincipal().getName();
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).filter(security::isCallerInRole).toList();
    }

    public SystemInfo getInfo() {
        return info;
    }

    public List<ListenerStatus> getListeners() {
        return info.listeners();
    }
}
