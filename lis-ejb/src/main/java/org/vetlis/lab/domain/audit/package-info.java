/** The audit trail: who changed what, when, before and after; append-only. */
package org.vetlis.lab.domain.audit;
