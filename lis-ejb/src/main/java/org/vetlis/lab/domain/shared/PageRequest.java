package org.vetlis.lab.domain.shared;

/**
 * Which page of a search to return: {@code page} counts from 0; {@code size} is between 1 and {@value #MAX_SIZE}.
 *
 * @param page       the page, from 0
 * @param size       rows per page
 * @param sort       the field to sort by (each search names the ones it knows)
 * @param descending sort direction
 */
public record PageRequest(int page, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
