/** Users, their roles and the sign-in rules (lockout after repeated failures). */
package org.vetlis.lab.domain.security;
