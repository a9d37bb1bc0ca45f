package dev.dockernotes.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;

/**
 * GFM tables with aligned columns. Columns get their natural width when the table fits; otherwise
 * the widest columns give up space until it fits, and cells wrap inside their column.
 */
public class TableTerminalNodeRenderer implements NodeRenderer {
    private static final int MIN_COLUMN = 3;
    private final TerminalNodeRendererContext context;
    private final TerminalWriter writer;
    private final Theme theme;

    public TableTerminalNodeRenderer(TerminalNodeRendererContext context) {
        this.context = context;
        this.writer = context.writer();
        this.theme = context.theme();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class);
    }

    private record Cell(List<Span> spans, TableCell.Alignment alignment, boolean header) {}

    @Override
    public void render(Node node) {
        List<List<Cell>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = node.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    TableCell cell = (TableCell) c;
                    Style style = cell.isHeader() ? theme.tableHeader() : Style.NONE;
                    writer.pushStyle(style);
                    List<Span> spans = writer.capture(() -> context.renderChildren(cell));
                    writer.popStyle();
                    cells.add(new Cell(spans, cell.getAlignment(), cell.isHeader()));
                }
                rows.add(cells);
                if (section instanceof TableHead) {
                    headerRows++;
                }
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        int[] widths = fit(rows, columns);

        writer.startBlock();
        border(theme.tableTop(), widths);
        for (int r = 0; r < rows.size(); r++) {
            row(rows.get(r), widths);
            if (r == headerRows - 1 && rows.size() > headerRows) {
                border(theme.tableHeaderRule(), widths);
            }
        }
        border(theme.tableBottom(), widths);
        writer.endBlock();
    }

    private int[] fit(List<List<Cell>> rows, int columns) {
        int[] widths = new int[columns];
        int[] longestWord = new int[columns];
        for (List<Cell> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                List<Span> spans = row.get(c).spans();
                int natural = Wrapper.wrap(spans, Integer.MAX_VALUE / 2).stream()
                        .mapToInt(Wrapper.Line::columns).max().orElse(0);
                widths[c] = Math.max(widths[c], Math.max(1, natural));
                int word = Wrapper.longestWord(spans);
                longestWord[c] = Math.max(longestWord[c], word);
            }
        }
        int available = writer.availableWidth() - (3 * columns + 1);
        // first wrap cells between words; break words only when the table cannot fit otherwise
        shrink(widths, available, longestWord);
        shrink(widths, available, new int[columns]);
        return widths;
    }

    /** Takes a column from the widest column that is still wider than its floor, until the table fits. */
    private static void shrink(int[] widths, int available, int[] floor) {
        while (sum(widths) > available) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > Math.max(MIN_COLUMN, floor[c]) && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return; // too narrow for this table: let it overflow rather than lose text
            }
            widths[widest]--;
        }
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    private void border(String[] parts, int[] widths) {
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int c = 0; c < widths.length; c++) {
            sb.append(parts[3].repeat(widths[c] + 2)).append(c == widths.length - 1 ? parts[2] : parts[1]);
        }
        writer.line(new Span(sb.toString(), theme.tableBorder()));
    }

    private void row(List<Cell> cells, int[] widths) {
        List<List<Wrapper.Line>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<Wrapper.Line> lines = c < cells.size() ? Wrapper.wrap(cells.get(c).spans(), widths[c]) : List.of();
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        Span bar = new Span(theme.tableBar(), theme.tableBorder());
        for (int i = 0; i < height; i++) {
            List<Span> line = new ArrayList<>();
            line.add(bar);
            for (int c = 0; c < widths.length; c++) {
                List<Wrapper.Line> lines = wrapped.get(c);
                Wrapper.Line l = i < lines.size() ? lines.get(i) : new Wrapper.Line(List.of(), 0);
                int pad = Math.max(0, widths[c] - l.columns());
                TableCell.Alignment a = c < cells.size() ? cells.get(c).alignment() : null;
                int left = a == TableCell.Alignment.RIGHT ? pad : a == TableCell.Alignment.CENTER ? pad / 2 : 0;
                line.add(Span.plain(" " + " ".repeat(left)));
                line.addAll(l.spans());
                line.add(Span.plain(" ".repeat(pad - left) + " "));
                line.add(bar);
            }
            writer.line(line);
        }
    }
}
