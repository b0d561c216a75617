package org.vetlis.lab.domain.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person (or an integration client) who signs in to VetLIS.
 *
 * <p>A user is identified by username. The password is kept only as a PBKDF2 hash; a user without one
 * (a new demo user, say) cannot sign in until one is set. Repeated failed sign-ins lock the account for a
 * while, so passwords cannot be guessed online; a successful sign-in clears the count.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.findByUsername", query = "select u from User u where u.username = :username")
@NamedQuery(name = "User.countActiveWithRole",
        query = "select count(u) from User u join u.roles r where r = :role and u.active = true and u.passwordHash is not null")
@NamedQuery(name = "User.withoutPassword", query = "select u from User u where u.passwordHash is null order by u.username")
public class User {

    @Id
    @SequenceGenerator(name = "user_id", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_id")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_code", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected User() {
        // for JPA
    }

    public User(String username, String displayName, Set<Role> roles, OffsetDateTime now) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("username must be 2-64 lower-case letters, digits, '.', '_' or '-'");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Sets a new password hash (the hash is made by the caller's password hasher). */
    public void changePassword(String newHash, OffsetDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangedAt = now;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** New name, e-mail address, roles and whether the account may sign in at all (an administrator's edit). */
    public void update(String displayName, String email, Set<Role> roles, boolean active) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("a display name of 1 to 200 characters is required");
        }
        if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.displayName = displayName.strip();
        this.email = email;
        this.roles = EnumSet.copyOf(roles);
        this.active = active;
    }

    /** Lifts a lockout before its time (an administrator who knows who it was). */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** The account's state for the audit trail: never the password hash. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("displayName", displayName);
        s.put("email", email);
        s.put("roles", roles.stream().map(Role::name).sorted().toList());
        s.put("active", active);
        s.put("lockedUntil", lockedUntil);
        return s;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime passwordChangedAt() {
        return passwordChangedAt;
    }

    /** True when the account may try to sign in at {@code now}: active, has a password, not locked. */
    public boolean canSignIn(OffsetDateTime now) {
        return active && passwordHash != null && !isLocked(now);
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Records a wrong password. After {@code maxFailures} in a row the account is locked for {@code lockFor}.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedSignIn(OffsetDateTime now, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            failedLogins = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void recordSignIn(OffsetDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int failedSignIns() {
        return failedLogins;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime lastSignInAt() {
        return lastLoginAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof User other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "User[" + username + "]";
    }
}
