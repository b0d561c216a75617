package org.vetlis.lab.infrastructure.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Ids for rows written past JPA, taken from the same sequences JPA uses. Those count in steps of 50 (see V1): one
 * {@code nextval} of {@code N} hands out the ids {@code N-49 … N}, exactly as EclipseLink's allocation of 50 does,
 * so generated rows and rows made by the application never collide.
 */
final class DemoIds implements AutoCloseable {

    private static final int BLOCK = 50;

    private final PreparedStatement nextval;
    private long next;
    private int left;

    /** Ids handed out one by one, a block of 50 at a time. */
    DemoIds(Connection c, String sequence) throws SQLException {
        this.nextval = c.prepareStatement("select nextval('" + sequence + "')");
    }

    long next() throws SQLException {
        if (left == 0) {
            next = nextBlockEnd(nextval) - (BLOCK - 1);
            left = BLOCK;
        }
        left--;
        return next++;
    }

    @Override
    public void close() throws SQLException {
        nextval.close();
    }

    /**
     * Reserves {@code count} consecutive ids, so that rows can refer to a random one of them by arithmetic; fails
     * when something else took a block meanwhile (generate while nothing else registers).
     */
    static long reserveRange(Connection c, String sequence, int count) throws SQLException {
        long blocks = (count + BLOCK - 1) / BLOCK;
        long first = -1;
        try (PreparedStatement nextval = c.prepareStatement("select nextval('" + sequence + "')")) {
            for (long b = 0; b < blocks; b++) {
                long blockStart = nextBlockEnd(nextval) - (BLOCK - 1);
                if (first < 0) {
                    first = blockStart;
                } else if (blockStart != first + b * BLOCK) {
                    throw new SQLException(sequence + " moved meanwhile; run the generator when nothing else registers");
                }
            }
        }
        return first;
    }

    /** Up to {@code most} ids of a table's active rows (the newest first), to pick from at random. */
    static long[] existing(Connection c, String table, int most) throws SQLException {
        long[] ids = new long[1024];
        int size = 0;
        try (PreparedStatement q = c.prepareStatement("select id from " + table + " where active order by id desc")) {
            q.setMaxRows(most);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (size == ids.length) {
                        ids = Arrays.copyOf(ids, size * 2);
                    }
                    ids[size++] = rs.getLong(1);
                }
            }
        }
        return Arrays.copyOf(ids, size);
    }

    private static long nextBlockEnd(PreparedStatement nextval) throws SQLException {
        try (ResultSet rs = nextval.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
