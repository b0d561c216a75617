package org.vetlis.interfaces.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * A lazy PrimeFaces table over a paged search of the services: the table asks for one page, sorted by the column
 * clicked when the search knows that sort, and the total comes with it; nothing is held in memory but that page.
 *
 * @param <T> the rows, identified by {@code key}
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> search;
    private final transient Function<T, Object> key;
    private final String defaultSort;
    private final boolean defaultDescending;
    private final Set<String> sorts;
    private transient Page<T> last;

    /**
     * @param sorts the sort keys {@code search} understands; a column sorted by another key sorts by {@code defaultSort}
     */
    public PagedModel(Function<PageRequest, Page<T>> search, Function<T, Object> key, String defaultSort, boolean defaultDescending,
                      Set<String> sorts) {
        this.search = search;
        this.key = key;
        this.defaultSort = defaultSort;
        this.defaultDescending = defaultDescending;
        this.sorts = Set.copyOf(sorts);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) search.apply(new PageRequest(0, 1, defaultSort, defaultDescending)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
        SortMeta sort = sortBy.values().stream().findFirst().filter(s -> sorts.contains(s.getField())).orElse(null);
        int size = Math.min(pageSize, PageRequest.MAX_SIZE);
        last = search.apply(new PageRequest(first / size, size, sort == null ? defaultSort : sort.getField(),
                sort == null ? defaultDescending : sort.getOrder() == SortOrder.DESCENDING));
        setRowCount((int) last.total());
        return last.items();
    }

    /** Whether the search stopped counting (its total is then a lower bound): the page says "more than". */
    public boolean isMoreThanCounted() {
        return last != null && last.moreThanTotal();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null : last.items().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
