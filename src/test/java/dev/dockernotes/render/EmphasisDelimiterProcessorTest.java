package dev.dockernotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * Our copy of commonmark-java's EmphasisDelimiterProcessor (src/main/java/org/commonmark/...; the
 * jar's own is left out of the shaded jar) parses exactly as the jar's does: the same HTML for every
 * note and for CommonMark's emphasis cases, the jar's class loaded apart from ours. An upgrade of
 * commonmark-java that changes the class fails here (or does not compile): copy it again.
 */
class EmphasisDelimiterProcessorTest {
    private static final String CLASS = "org.commonmark.internal.inline.EmphasisDelimiterProcessor";

    /** From the CommonMark spec's emphasis section: left- and right-flanking runs, the rule of 3, nesting, intraword. */
    private static final List<String> CASES = List.of("*foo bar*", "a * foo bar*", "a*\"foo\"*", "* a *", "foo*bar*", "5*6*78",
            "_foo bar_", "_ foo bar_", "a_\"foo\"_", "foo_bar_", "5_6_78", "пристаням_стремятся_", "aa_\"bb\"_cc",
            "foo-_(bar)_", "_foo*", "*foo bar *", "*(*foo)", "*(*foo*)*", "*foo*bar", "_foo bar _", "_(_foo)", "_(_foo_)_",
            "_foo_bar", "_foo_bar_baz_", "_(bar)_.", "**foo bar**", "** foo bar**", "a**\"foo\"**", "foo**bar**",
            "__foo bar__", "__ foo bar__", "__\nfoo bar__", "a__\"foo\"__", "foo__bar__", "5__6__78", "**foo \"*bar*\" foo**",
            "**foo bar **", "**(**foo)", "*(**foo**)*", "**Gomphocarpus (*Gomphocarpus physocarpus*, syn.\n*Asclepias physocarpa*)**",
            "**foo*bar*baz**", "*foo**bar**baz*", "*foo**bar*", "***foo** bar*", "*foo **bar***", "*foo**bar***",
            "foo***bar***baz", "foo******bar*********baz", "*foo **bar *baz* bim** bop*", "*foo [*bar*](/url)*", "** is not an empty emphasis",
            "**** is not an empty strong emphasis", "**foo [bar](/url)**", "__foo _bar_ baz__", "__foo __bar__ baz__",
            "____foo__ bar__", "**foo **bar****", "**foo *bar* baz**", "**foo*bar*baz**", "***foo* bar**", "**foo *bar***",
            "foo *\\**", "foo *_*", "foo *****", "foo **\\***", "**foo*", "*foo**", "***foo**", "****foo*", "**foo***", "*foo****",
            "foo _\\__", "foo _*_", "__foo_", "_foo__", "___foo__", "____foo_", "__foo___", "_foo____", "**foo**", "*_foo_*",
            "__foo__", "_*foo*_", "****foo****", "____foo____", "******foo******", "***foo***", "_____foo_____", "*foo _bar* baz_",
            "*foo __bar *baz bim__ bam*", "**foo **bar baz**", "*foo *bar baz*", "*[bar*](/url)", "_foo [bar_](/url)",
            "*<img src=\"foo\" title=\"*\"/>", "**<a href=\"**\">", "__<a href=\"__\">", "*a `*`*", "_a `_`_",
            "**a<http://foo.bar/?q=**>", "__a<http://foo.bar/?q=__>", "- **Related:** `docker run -it` and *not* `-d`");

    @Test
    void ourCopyIsTheOneInUseAndItsBoldNeedsNoInvokedynamic() throws Exception {
        Class<?> ours = Class.forName(CLASS);
        assertThat(ours.getProtectionDomain().getCodeSource().getLocation())
                .isNotEqualTo(Parser.class.getProtectionDomain().getCodeSource().getLocation());
        try (InputStream in = ours.getResourceAsStream("EmphasisDelimiterProcessor.class")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("makeConcatWithConstants");
        }
    }

    @Test
    void ourCopyParsesEveryNoteAndEveryEmphasisCaseAsTheJarsOwnDoes() throws Exception {
        List<String> inputs = new ArrayList<>(CASES);
        try (Stream<Path> notes = Files.list(Path.of("notes"))) {
            for (Path note : notes.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                inputs.add(Files.readString(note));
            }
        }
        assertThat(inputs.size()).as("the cases and the built-in chapters").isGreaterThanOrEqualTo(CASES.size() + 3);
        URL jar = Parser.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader theJars = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            assertThat(theJars.loadClass(CLASS).getProtectionDomain().getCodeSource().getLocation()).isEqualTo(jar);
            Object parser = build(theJars.loadClass("org.commonmark.parser.Parser"));
            Object html = build(theJars.loadClass("org.commonmark.renderer.html.HtmlRenderer"));
            Object markdown = build(theJars.loadClass("org.commonmark.renderer.markdown.MarkdownRenderer")); // shows the delimiters
            Method parse = parser.getClass().getMethod("parse", String.class);
            Class<?> node = theJars.loadClass("org.commonmark.node.Node");
            Method renderHtml = html.getClass().getMethod("render", node);
            Method renderMarkdown = markdown.getClass().getMethod("render", node);
            Parser ourParser = Parser.builder().build();
            HtmlRenderer ourHtml = HtmlRenderer.builder().build();
            org.commonmark.renderer.markdown.MarkdownRenderer ourMarkdown = org.commonmark.renderer.markdown.MarkdownRenderer.builder().build();
            int bold = 0;
            for (String input : inputs) {
                Object theirs = parse.invoke(parser, input);
                org.commonmark.node.Node ours = ourParser.parse(input);
                assertThat(ourHtml.render(ours)).as(input).isEqualTo(renderHtml.invoke(html, theirs));
                assertThat(ourMarkdown.render(ours)).as(input).isEqualTo(renderMarkdown.invoke(markdown, theirs));
                assertThat(tree(ours)).as(input).isEqualTo(tree(theirs));
                bold += ourHtml.render(ours).contains("<strong>") ? 1 : 0;
            }
            assertThat(bold).as("inputs with bold text").isGreaterThan(20);
        }
    }

    /** Every node: its type, its delimiters (emphasis) or literal (text), its children. */
    private static String tree(Object node) throws Exception {
        StringBuilder sb = new StringBuilder(node.getClass().getSimpleName());
        for (String getter : new String[] {"getOpeningDelimiter", "getClosingDelimiter", "getLiteral"}) {
            try {
                sb.append(' ').append(getter).append('=').append(node.getClass().getMethod(getter).invoke(node));
            } catch (NoSuchMethodException e) {
                // not this kind of node
            }
        }
        sb.append('[');
        for (Object child = call(node, "getFirstChild"); child != null; child = call(child, "getNext")) {
            sb.append(tree(child));
        }
        return sb.append(']').toString();
    }

    private static Object call(Object node, String method) throws Exception {
        return node.getClass().getMethod(method).invoke(node);
    }

    private static Object build(Class<?> type) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        return builder.getClass().getMethod("build").invoke(builder);
    }
}
