package org.vetlis.interfaces.rest;

import java.util.List;

import org.vetlis.lab.domain.shared.Page;

/**
 * One page of results and the total number of matches; {@code moreThanTotal} when the search counts only up to a
 * limit and there are more (the worklist over millions of runs), so {@code total} is then a lower bound.
 */
public record PageDto<T>(List<T> items, int page, int size, long total, boolean moreThanTotal) {

    public static <T> PageDto<T> of(Page<T> page) {
        return new PageDto<>(page.items(), page.page(), page.size(), page.total(), page.moreThanTotal());
    }
}
