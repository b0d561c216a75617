package org.vetlis.lab.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search, with the total count of matches; or, where counting every match would cost more than the
 * page (a worklist over millions of runs), a count that stopped at {@code total}, with {@code moreThanTotal} set.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean moreThanTotal) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page with the exact count of matches. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total, moreThanTotal);
    }
}
