package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.UserDirectory;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;
import org.vetlis.lab.domain.security.UserRepository;

@Stateless
public class DefaultUserDirectory implements UserDirectory {

    @Inject
    private UserRepository users;

    @Inject
    private AuditTrail audit;

    @Override
    public User register(String username, String displayName, Set<Role> roles, String actor) {
        if (users.find(username).isPresent()) {
            throw new IllegalArgumentException("username " + username + " is taken");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        User user = new User(username, displayName, roles, now);
        users.store(user);
        audit.append(AuditEvent.of(actor, AuditAction.USER_CREATED, now).on("User", username)
                .change(null, "{\"username\":\"" + username + "\",\"roles\":\"" + roles + "\"}").build());
        return user;
    }

    @Override
    public Optional<User> find(String username) {
        return users.find(username);
    }
}
