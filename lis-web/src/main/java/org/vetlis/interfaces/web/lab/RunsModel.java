package org.vetlis.interfaces.web.lab;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.WorklistQuery;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * The worklist's rows, a page at a time from the database (never all of them in memory): the table asks for the
 * count and one page, sorted by the column clicked.
 */
class RunsModel extends LazyDataModel<TestRun> {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<OrderDesk> orders;
    private final transient Supplier<WorklistQuery> query;
    private transient Page<TestRun> last;

    RunsModel(Supplier<OrderDesk> orders, Supplier<WorklistQuery> query) {
        this.orders = orders;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) orders.get().worklist(query.get(), new PageRequest(0, 1, "urgency", false)).total();
    }

    @Override
    public List<TestRun> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        SortMeta sort = sorts.values().stream().findFirst().orElse(null);
        String key = sort == null ? "urgency" : sort.getField();
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        int size = Math.min(pageSize, PageRequest.MAX_SIZE);
        last = orders.get().worklist(query.get(), new PageRequest(first / size, size, WorklistQuery.SORTS.contains(key) ? key : "urgency",
                descending));
        setRowCount((int) last.total());
        return last.items();
    }

    @Override
    public String getRowKey(TestRun run) {
        return String.valueOf(run.id());
    }

    @Override
    public TestRun getRowData(String rowKey) {
        return last == null ? null : last.items().stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
