package org.vetlis.lab.domain.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a chosen password must be, after NIST SP 800-63B: long enough, not one everybody tries first, not the
 * account's own name, not a run of one character or a keyboard sequence. No composition rules ("one digit, one
 * symbol"): they make passwords harder to remember, not to guess. Generated passwords are not checked here.
 *
 * @param minLength at least 8; 12 by default
 */
public record PasswordPolicy(int minLength) {

    public static final int MAX_LENGTH = 128;

    /** The passwords tried first in every attack on a login form (lower-cased; a password is compared lower-cased). */
    private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123", "password1234",
            "123456789012", "1234567890", "qwertyuiop", "qwertzuiop", "azertyuiop", "iloveyou", "welcome1", "welcome123",
            "letmein123", "administrator", "admin12345", "admin123456", "changeme123", "passw0rd", "p@ssw0rd", "p@ssword123",
            "trustno1", "football123", "monkey12345", "dragon12345", "sunshine123", "princess123", "baseball123", "master12345",
            "superman123", "starwars123", "vetlis", "vetlis123", "vetlis12345", "veterinary", "laboratory", "laboratory1",
            "summer2026", "winter2026", "spring2026", "autumn2026", "summer2025", "winter2025", "spring2025", "autumn2025");
    private static final String[] SEQUENCES = {"0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn"};

    public static final PasswordPolicy DEFAULT = new PasswordPolicy(12);

    public PasswordPolicy {
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("the minimum password length must be 8 to " + MAX_LENGTH + ", not " + minLength);
        }
    }

    /** What is wrong with {@code password} for the account {@code username} / {@code displayName}; empty when it is fine. */
    public List<String> problems(String password, String username, String displayName) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("a password is required");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            problems.add("must be at least " + minLength + " characters long (a few unrelated words make a good one)");
        }
        if (length > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("is one of the most common passwords");
        }
        if (contains(lower, username)
                || displayName != null && Arrays.stream(displayName.strip().split("\\s+")).anyMatch(part -> contains(lower, part))) {
            problems.add("must not contain the user's name");
        }
        if (lower.codePoints().distinct().count() <= 2 || isSequence(lower)) {
            problems.add("must not be a repeated character or a keyboard or alphabet sequence");
        }
        return problems;
    }

    private static boolean contains(String password, String name) {
        return name != null && name.length() >= 3 && password.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isSequence(String password) {
        for (String sequence : SEQUENCES) {
            if (sequence.contains(password) || new StringBuilder(sequence).reverse().toString().contains(password)) {
                return true;
            }
        }
        return false;
    }
}
