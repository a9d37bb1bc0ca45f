package dev.dockernotes.tui;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
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
            w.println("  up/down move, space picks up and drops, Enter accepts, Esc cancels");
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

    private void draw(List<String> items, List<Integer> order, int cursor, boolean holding, boolean redraw) {
        PrintWriter w = terminal.writer();
        if (redraw) {
            w.print("\u001b[" + order.size() + "A");
        }
        for (int pos = 0; pos < order.size(); pos++) {
            int i = order.get(pos);
            String mark = pos == cursor ? (holding ? "=>" : " >") : "  ";
            w.print("\r\u001b[K" + mark + " " + (pos + 1) + ". " + items.get(i) + "  (" + (i + 1) + ")\r\n");
        }
        w.flush();
    }
}
