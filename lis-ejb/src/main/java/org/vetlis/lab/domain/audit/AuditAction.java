package org.vetlis.lab.domain.audit;

/** The kinds of audited action; stored by name, so names never change once released. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    TOKEN_ISSUED,
    PASSWORD_GENERATED,
    USER_CREATED,
    OWNER_REGISTERED,
    OWNER_UPDATED,
    PATIENT_REGISTERED,
    PATIENT_UPDATED,
    DEMO_DATA_GENERATED,
    ORDER_PLACED,
    SPECIMEN_RECEIVED,
    SPECIMEN_REJECTED,
    RESULT_ENTERED,
    RESULT_VERIFIED,
    ORDER_CANCELLED,
    TEST_RERUN,
    ORDER_COMMENTED
}
