package org.vetlis.lab.infrastructure.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;
import org.vetlis.lab.domain.shared.SearchKey;

/**
 * A search built from optional conditions, run twice: once for the page of rows, once for the total count (or a
 * count that stops at a limit).
 * Conditions and parameters are fixed strings of the caller; user input only ever travels as a parameter.
 */
final class JpqlSearch<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String select;
    private final String count;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<Map.Entry<String, Object>> hints = new ArrayList<>();

    JpqlSearch(EntityManager em, Class<T> type, String select, String count) {
        this.em = em;
        this.type = type;
        this.select = select;
        this.count = count;
    }

    JpqlSearch<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    JpqlSearch<T> where(String condition, String parameter, Object value) {
        parameters.put(parameter, value);
        return where(condition);
    }

    /** A query hint for the page of rows (not the count); a hint may be given more than once (EclipseLink's batch). */
    JpqlSearch<T> hint(String name, Object value) {
        hints.add(Map.entry(name, value));
        return this;
    }

    Page<T> page(PageRequest page, String orderBy) {
        TypedQuery<Long> total = em.createQuery(count + filter(), Long.class);
        parameters.forEach(total::setParameter);
        return new Page<>(rows(page, orderBy), page.page(), page.size(), total.getSingleResult());
    }

    /**
     * A page whose count stops at {@code limit}: the count query must select the rows' ids, of which at most
     * {@code limit + 1} are read (from an index, where one serves), instead of counting millions of matches.
     */
    Page<T> pageCountingUpTo(PageRequest page, String orderBy, int limit) {
        TypedQuery<Long> ids = em.createQuery(count + filter(), Long.class).setMaxResults(limit + 1);
        parameters.forEach(ids::setParameter);
        int counted = ids.getResultList().size();
        return new Page<>(rows(page, orderBy), page.page(), page.size(), Math.min(counted, limit), counted > limit);
    }

    private List<T> rows(PageRequest page, String orderBy) {
        TypedQuery<T> rows = em.createQuery(select + filter() + " order by " + orderBy, type)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        hints.forEach(hint -> rows.setHint(hint.getKey(), hint.getValue()));
        parameters.forEach(rows::setParameter);
        return rows.getResultList();
    }

    private String filter() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** A LIKE pattern for "starts with" on a {@link SearchKey} column, LIKE's own wildcards in the input taken literally. */
    static String prefix(String start) {
        return escape(SearchKey.of(start)) + "%";
    }

    /**
     * The digits of a phone number as searched: leading zeros dropped, so a national "044 555 12 34" and an
     * international "0041 44 555 12 34" both find "+41 44 555 12 34" (stored as its digits, 41445551234).
     */
    static String digits(String phone) {
        return phone.replaceAll("\\D", "").replaceFirst("^0+", "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
