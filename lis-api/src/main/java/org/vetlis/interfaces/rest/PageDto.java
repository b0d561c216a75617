package org.vetlis.interfaces.rest;

import java.util.List;

import org.vetlis.lab.domain.shared.Page;

/** One page of results and the total number of matches. */
public record PageDto<T>(List<T> items, int page, int size, long total) {

    public static <T> PageDto<T> of(Page<T> page) {
        return new PageDto<>(page.items(), page.page(), page.size(), page.total());
    }
}
