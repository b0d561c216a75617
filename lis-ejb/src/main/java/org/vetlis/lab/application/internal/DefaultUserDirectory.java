package org.vetlis.lab.application.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.UserDirectory;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.security.PasswordPolicy;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;
import org.vetlis.lab.domain.security.UserRepository;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.StaleVersionException;
import org.vetlis.lab.domain.shared.Violations;
import org.vetlis.lab.infrastructure.security.PasswordHasher;

@Stateless
public class DefaultUserDirectory implements UserDirectory {

    @Inject
    private UserRepository users;

    @Inject
    private AuditTrail audit;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "vetlis.security.password-min-length", defaultValue = "12")
    private int passwordMinLength;

    @Inject
    @ConfigProperty(name = "vetlis.security.max-failed-sign-ins", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "vetlis.security.lockout-minutes", defaultValue = "15")
    private int lockoutMinutes;

    @Override
    public User register(String username, String displayName, Set<Role> roles, String actor) {
        if (users.find(username).isPresent()) {
            throw new IllegalArgumentException("username " + username + " is taken");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        User user = new User(username, displayName, roles, now);
        users.store(user);
        audit.append(AuditEvent.of(actor, AuditAction.USER_CREATED, now).on("User", username)
                .change(null, AuditJson.of(user.snapshot())).build());
        return user;
    }

    @Override
    public Optional<User> find(String username) {
        return users.find(username);
    }

    @Override
    public List<User> all() {
        return users.all();
    }

    @Override
    public User create(Account account, char[] password, Actor actor) {
        if (users.find(account.username()).isPresent()) {
            throw new ConflictException("username " + account.username() + " is taken");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        User user;
        try {
            user = new User(account.username(), account.displayName() == null ? "" : account.displayName(), account.roles(), now);
            user.update(account.displayName(), account.email(), account.roles(), account.active());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("account", e.getMessage());
        }
        checkPassword(password, user);
        user.changePassword(hasher.hash(password), now);
        users.store(user);
        audit.append(AuditEvent.of(actor.username(), AuditAction.USER_CREATED, now).on("User", user.username())
                .change(null, AuditJson.of(user.snapshot())).detail("with a first password").origin(actor.origin()).build());
        return user;
    }

    @Override
    public User update(Account account, long expectedVersion, Actor actor) {
        User user = existing(account.username());
        StaleVersionException.check("User", user.username(), expectedVersion, user.version());
        boolean losesAdmin = user.isActive() && user.roles().contains(Role.ADMIN)
                && (!account.active() || !account.roles().contains(Role.ADMIN));
        if (losesAdmin && users.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new ConflictException(user.username() + " is the last active administrator: make another one first");
        }
        return change(user, AuditAction.USER_UPDATED, actor, null, u -> {
            try {
                u.update(account.displayName(), account.email(), account.roles(), account.active());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("account", e.getMessage());
            }
        });
    }

    @Override
    public User resetPassword(String username, char[] password, Actor actor) {
        User user = existing(username);
        checkPassword(password, user);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return change(user, AuditAction.PASSWORD_RESET, actor, "set by an administrator", u -> u.changePassword(hasher.hash(password), now));
    }

    @Override
    public PasswordChange changeOwnPassword(Actor actor, char[] current, char[] next) {
        User user = existing(actor.username());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (user.isLocked(now)) {
            return PasswordChange.ACCOUNT_LOCKED;
        }
        if (user.passwordHash() == null || !hasher.verify(current, user.passwordHash())) {
            boolean locked = user.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockoutMinutes));
            audit.append(AuditEvent.of(actor.username(), locked ? AuditAction.ACCOUNT_LOCKED : AuditAction.SIGN_IN_FAILED, now)
                    .on("User", user.username()).detail("wrong current password when changing it").origin(actor.origin()).build());
            return locked ? PasswordChange.ACCOUNT_LOCKED : PasswordChange.WRONG_CURRENT_PASSWORD;
        }
        checkPassword(next, user);
        if (hasher.verify(next, user.passwordHash())) {
            throw InvalidInputException.of("newPassword", "must differ from the current password");
        }
        change(user, AuditAction.PASSWORD_CHANGED, actor, "by the user", u -> u.changePassword(hasher.hash(next), now));
        return PasswordChange.CHANGED;
    }

    @Override
    public User unlock(String username, Actor actor) {
        return change(existing(username), AuditAction.USER_UNLOCKED, actor, null, User::unlock);
    }

    private User change(User user, AuditAction action, Actor actor, String detail, Consumer<User> change) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> before = user.snapshot();
        change.accept(user);
        audit.append(AuditEvent.of(actor.username(), action, now).on("User", user.username())
                .change(AuditJson.of(before), AuditJson.of(user.snapshot())).detail(detail).origin(actor.origin()).build());
        return user;
    }

    private void checkPassword(char[] password, User user) {
        Violations violations = new Violations();
        new PasswordPolicy(passwordMinLength).problems(new String(password), user.username(), user.displayName())
                .forEach(problem -> violations.add("password", problem));
        violations.throwIfAny();
    }

    private User existing(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("user", username));
    }
}
