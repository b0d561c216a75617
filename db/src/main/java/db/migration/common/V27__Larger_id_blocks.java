package db.migration.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The ids of the rows every analyzer message writes (the message, its audit events, its result receipts) are taken in
 * blocks of 500 instead of 50: a block is taken by one writer while the others wait, and with fifty analyzers at once
 * the waiting for blocks of 50 cost more than the writing. The application takes {@code nextval} = N as the ids
 * N-499 … N (allocationSize 500), so each sequence must count in 500s from past every id already handed out: one
 * {@code nextval} (the end of the last block anyone may hold), then a restart 500 further on. Written in Java because
 * the restart value is read from the database, the same way on PostgreSQL and H2.
 */
public class V27__Larger_id_blocks extends BaseJavaMigration {

    static final int BLOCK = 500;
    static final String[] SEQUENCES = {"inbound_message_seq", "audit_event_seq", "result_receipt_seq"};

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String sequence : SEQUENCES) {
                long handedOut;
                try (ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
                    rs.next();
                    handedOut = rs.getLong(1);
                }
                s.execute("alter sequence " + sequence + " restart with " + (handedOut + BLOCK) + " increment by " + BLOCK);
            }
        }
    }
}
