package dev.dockernotes.tui;

import dev.dockernotes.render.Wrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * Puts a list in order on the terminal: up/down (or k/j) move the cursor, space picks the item up
 * and drops it again (moving the cursor carries it along), Enter accepts, Esc or q cancels.
 * Returns the original numbers (1-based) in the chosen order, e.g. "3,1,2".
 */
final class OrderWidget {
    private final Terminal terminal;

    OrderWidget(Terminal terminal) {
        this.terminal = terminal;
    }

    Optional<String> reorder(List<String> items) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        PrintWriter w = terminal.writer();
        Attributes saved = RawKeys.enter(terminal);
        int cursor = 0;
        boolean holding = false;
        try {
            w.print(Wrapper.fill("up/down move, space picks up and drops, Enter accepts, Esc cancels", "  ", "  ",
                    Math.max(20, (terminal.getWidth() > 0 ? terminal.getWidth() : 80) - 1)).replace("\n", "\r\n") + "\r\n");
            draw(items, order, cursor, holding, false);
            NonBlockingReader in = terminal.reader();
            while (true) {
                int c = in.read();
                int move = 0;
                if (c == -1 || c == 3) {
                    return Optional.empty();
                } else if (c == '\r' || c == '\n') {
                    break;
                } else if (c == ' ') {
                    holding = !holding;
                } else if (c == 'k') {
                    move = -1;
                } else if (c == 'j') {
                    move = 1;
                } else if (c == 'q') {
                    return Optional.empty();
                } else if (c == 27) {
                    int next = in.read(50);
                    if (next == '[' || next == 'O') {
                        int key = in.read(50);
                        move = key == 'A' ? -1 : key == 'B' ? 1 : 0;
                    } else {
                        return Optional.empty();
                    }
                }
                if (move != 0) {
                    int target = cursor + move;
                    if (target >= 0 && target < order.size()) {
                        if (holding) {
                            java.util.Collections.swap(order, cursor, target);
                        }
                        cursor = target;
                    }
                }
                draw(items, order, cursor, holding, true);
            }
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            terminal.setAttributes(saved);
            w.flush();
        }
        return Optional.of(String.join(",", order.stream().map(i -> String.valueOf(i + 1)).toList()));
    }

    /** Rows the last drawing took: a redraw goes back over exactly these, however the items wrapped. */
    private int drawnRows;

    /**
     * The list, each step filled to the terminal's width (long steps wrap under their number), over
     * the last drawing: every row it replaces is cleared, and rows left over below are erased.
     */
    private void draw(List<String> items, List<Integer> order, int cursor, boolean holding, boolean redraw) {
        PrintWriter w = terminal.writer();
        if (redraw && drawnRows > 0) {
            w.print("\r");
            terminal.puts(Capability.parm_up_cursor, drawnRows);
        }
        int width = Math.max(20, (terminal.getWidth() > 0 ? terminal.getWidth() : 80) - 1); // never the last column: no autowrap
        int rows = 0;
        for (int pos = 0; pos < order.size(); pos++) {
            int i = order.get(pos);
            String mark = pos == cursor ? (holding ? "=>" : " >") : "  ";
            String number = mark + " " + (pos + 1) + ". ";
            for (String line : Wrapper.lines(items.get(i) + Wrapper.NBSP + " (" + (i + 1) + ")", number, " ".repeat(number.length()), width)) {
                w.print("\r");
                terminal.puts(Capability.clr_eol);
                w.print(line + "\r\n");
                rows++;
            }
        }
        terminal.puts(Capability.clr_eos); // a narrower drawing before left rows below: erase them
        drawnRows = rows;
        w.flush();
    }
}
