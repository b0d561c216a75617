package org.vetlis.lab.application.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.application.AuthenticationService;
import org.vetlis.lab.application.SignInResult;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.security.User;
import org.vetlis.lab.domain.security.UserRepository;
import org.vetlis.lab.infrastructure.security.PasswordHasher;

@Stateless
public class DefaultAuthenticationService implements AuthenticationService {

    private static final int MAX_USERNAME = 64;

    @Inject
    private UserRepository users;

    @Inject
    private AuditTrail audit;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "vetlis.security.max-failed-sign-ins", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "vetlis.security.lockout-minutes", defaultValue = "15")
    private int lockoutMinutes;

    @Override
    public SignInResult signIn(String username, char[] password, String origin) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String name = username.trim().toLowerCase(Locale.ROOT);
        Optional<User> found = name.length() <= MAX_USERNAME ? users.find(name) : Optional.empty();
        if (found.isEmpty() || !found.get().isActive() || found.get().passwordHash() == null) {
            hasher.verifyDecoy(password);
            return reject(name, origin, now, found.isEmpty() ? "unknown user" : "account disabled or without password");
        }
        User user = found.get();
        if (user.isLocked(now)) {
            audit.append(event(name, AuditAction.SIGN_IN_FAILED, origin, now).detail("account locked").build());
            return SignInResult.locked(user.lockedUntil());
        }
        if (!hasher.verify(password, user.passwordHash())) {
            boolean lockedNow = user.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockoutMinutes));
            if (lockedNow) {
                audit.append(event(name, AuditAction.ACCOUNT_LOCKED, origin, now)
                        .detail(maxFailures + " wrong passwords in a row; locked until " + user.lockedUntil()).build());
                return SignInResult.locked(user.lockedUntil());
            }
            return reject(name, origin, now, "wrong password");
        }
        user.recordSignIn(now);
        audit.append(event(name, AuditAction.SIGN_IN_SUCCEEDED, origin, now).build());
        return SignInResult.accepted(user.username(), user.displayName(), user.roles());
    }

    @Override
    public void recordTokenIssued(String username, String tokenId, String origin) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        audit.append(event(username, AuditAction.TOKEN_ISSUED, origin, now).detail("token id " + tokenId).build());
    }

    private SignInResult reject(String name, String origin, OffsetDateTime now, String why) {
        String actor = name.isEmpty() ? "(blank)" : name.substring(0, Math.min(name.length(), MAX_USERNAME));
        audit.append(event(actor, AuditAction.SIGN_IN_FAILED, origin, now).detail(why).build());
        return SignInResult.rejected();
    }

    private static AuditEvent.Builder event(String actor, AuditAction action, String origin, OffsetDateTime now) {
        return AuditEvent.of(actor, action, now).on("User", actor).origin(origin);
    }
}
