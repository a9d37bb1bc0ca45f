package dev.dockernotes.notes;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two object graphs field by field, by reflection: every non-static field of every class of
 * ours (records and classes alike, private ones included), lists and arrays element by element, sets
 * of values by equality, maps key by key. Objects met twice must be paired the same way both times, so
 * a topic's parent, its chapter and an edge's ends must be the corresponding topics, not merely equal
 * ones. A field someone adds later is compared too, without touching this class.
 */
final class DeepCompare {
    private final IdentityHashMap<Object, Object> paired = new IdentityHashMap<>();
    private final List<String> differences = new ArrayList<>();

    private DeepCompare() {}

    /** Where the two differ ("topics[3].lastLine: 12 vs 13"); empty when they are alike in every field. */
    static List<String> differences(Object a, Object b) {
        DeepCompare c = new DeepCompare();
        c.compare("", a, b);
        return c.differences.size() > 20 ? c.differences.subList(0, 20) : c.differences;
    }

    private void compare(String path, Object a, Object b) {
        if (a == null || b == null) {
            if (a != b) {
                differ(path, a, b);
            }
            return;
        }
        if (a.getClass() != b.getClass()) {
            differ(path + " (class)", a.getClass().getName(), b.getClass().getName());
            return;
        }
        if (isValue(a)) {
            if (!a.equals(b)) {
                differ(path, a, b);
            }
            return;
        }
        Object before = paired.get(a);
        if (before != null) {
            if (before != b) {
                differ(path + " (paired with another object before)", a, b);
            }
            return;
        }
        paired.put(a, b);
        if (a.getClass().isArray()) {
            int n = Array.getLength(a);
            if (n != Array.getLength(b)) {
                differ(path + ".length", n, Array.getLength(b));
                return;
            }
            for (int i = 0; i < n; i++) {
                compare(path + "[" + i + "]", Array.get(a, i), Array.get(b, i));
            }
        } else if (a instanceof Set<?> sa && isValueSet(sa)) {
            if (!sa.equals(b)) {
                differ(path, a, b);
            }
        } else if (a instanceof Collection<?> ca) {
            Collection<?> cb = (Collection<?>) b;
            if (ca.size() != cb.size()) {
                differ(path + ".size()", ca.size(), cb.size());
                return;
            }
            Iterator<?> ib = cb.iterator();
            int i = 0;
            for (Object x : ca) {
                compare(path + "[" + i++ + "]", x, ib.next());
            }
        } else if (a instanceof Map<?, ?> ma) {
            compareMaps(path, ma, (Map<?, ?>) b);
        } else if (a.getClass().getName().startsWith("dev.dockernotes.")) {
            for (Class<?> c = a.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                        continue;
                    }
                    f.setAccessible(true);
                    try {
                        compare(path + "." + f.getName(), f.get(a), f.get(b));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        } else {
            throw new IllegalStateException(path + ": DeepCompare does not know how to compare a " + a.getClass().getName());
        }
    }

    private void compareMaps(String path, Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            differ(path + ".size()", a.size(), b.size());
            return;
        }
        if (a instanceof java.util.LinkedHashMap<?, ?>) {
            compare(path + ".keys", new ArrayList<>(a.keySet()), new ArrayList<>(b.keySet()));
        }
        for (Map.Entry<?, ?> e : a.entrySet()) {
            Object key = isValue(e.getKey()) ? e.getKey() : paired.get(e.getKey());
            if (key == null || !b.containsKey(key)) {
                differ(path + "[" + e.getKey() + "]", "present", "missing");
                continue;
            }
            compare(path + "[" + e.getKey() + "]", e.getValue(), b.get(key));
        }
    }

    private static boolean isValue(Object o) {
        return o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character
                || o instanceof Enum<?> || o instanceof Class<?>;
    }

    private static boolean isValueSet(Set<?> set) {
        return set.stream().allMatch(DeepCompare::isValue);
    }

    private void differ(String path, Object a, Object b) {
        differences.add((path.isEmpty() ? "(root)" : path) + ": " + shorten(a) + " vs " + shorten(b));
    }

    private static String shorten(Object o) {
        String s = String.valueOf(o);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
