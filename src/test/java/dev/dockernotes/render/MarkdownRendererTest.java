package dev.dockernotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.notes.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    static Stream<Path> chapters() throws IOException {
        return Files.list(Path.of("notes")).filter(p -> p.toString().endsWith(".md")).sorted();
    }

    private static String plain(String markdown, int width) {
        return new MarkdownRenderer(RenderOptions.plain(width)).render(markdown);
    }

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void renderingAChapterLosesNoText(Path chapter) throws IOException {
        String markdown = Files.readString(chapter);
        // the bar of an alert starts each of its lines: text wrapped inside an alert reads on without it
        String out = normalised(plain(markdown, 80).replaceAll("(?m)^[▌│] ?", ""));
        List<String> literals = new ArrayList<>();
        Markdown.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                boolean correctionLabel = text.getParent() instanceof org.commonmark.node.StrongEmphasis
                        && text.getParent().getParent() != null
                        && text.getParent().getParent().getParent() instanceof dev.dockernotes.notes.Alert;
                // a correction's bold "Correction:" is shown as the alert's label line
                literals.add(correctionLabel ? "CORRECTION" : text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                literals.add(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock block) {
                literals.addAll(block.getLiteral().lines().toList());
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                literals.addAll(block.getLiteral().lines().toList());
            }
        });
        assertThat(literals).isNotEmpty();
        for (String literal : literals) {
            assertThat(out).as("text of %s", chapter).contains(normalised(literal));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 200})
    void chapterProseFitsTheWidth(int width) throws IOException {
        for (Path chapter : chapters().toList()) {
            String out = plain(Files.readString(chapter), width);
            for (String line : out.split("\n")) {
                if (!line.startsWith("    ")) { // code is never wrapped
                    assertThat(Columns.width(line)).as("%s: %s", chapter, line).isLessThanOrEqualTo(width);
                }
            }
        }
    }

    @Test
    void wideCharactersCountAsTwoColumnsWhenWrapping() {
        String out = plain("漢字 漢字 漢字 漢字 漢字 漢字", 20);
        assertThat(out).isEqualTo("""
                漢字 漢字 漢字 漢字
                漢字 漢字
                """);
        assertThat(out.lines()).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(20));
    }

    @Test
    void wordsAreNotBrokenAndIndentationIsKept() {
        String out = plain("- containerd manages the container lifecycle operations", 24);
        assertThat(out).isEqualTo("""
                • containerd manages the
                  container lifecycle
                  operations
                """);
    }

    @Test
    void codeIsNeverWrapped() {
        String line = "docker run --detach --name web --publish 8080:80 --env A=1 nginx:latest";
        String out = plain("```bash\n" + line + "\n```\n", 30);
        assertThat(out).isEqualTo("    " + line + "\n");
        String colored = new MarkdownRenderer(new RenderOptions(30, true, true)).render("```bash\n" + line + "\n```\n");
        assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo("  " + line + "\n");
    }

    @Test
    void dockerCommandsAreHighlightedByRole() {
        String out = new MarkdownRenderer(new RenderOptions(80, true, false))
                .render("```bash\ndocker container run -d --name=web nginx # start\n```\n");
        Theme t = new Theme(true);
        assertThat(out).contains(t.command().sgr() + "docker")
                .contains(t.subcommand().sgr() + "container")
                .contains(t.subcommand().sgr() + "run")
                .contains(t.flag().sgr() + "-d")
                .contains(t.flag().sgr() + "--name=" + "\u001b[0m" + t.value().sgr() + "web")
                .contains(t.comment().sgr() + "# start");
    }

    /** docker's management commands come from the docker model: every one of them, and only they, take a second subcommand. */
    @Test
    void aManagementCommandOfTheModelTakesASecondSubcommandAndAPlainCommandDoesNot() {
        Theme t = new Theme(true);
        String checkpoint = new MarkdownRenderer(new RenderOptions(80, true, false))
                .render("```bash\ndocker checkpoint create web cp1\n```\n");
        assertThat(checkpoint).contains(t.subcommand().sgr() + "checkpoint").contains(t.subcommand().sgr() + "create")
                .contains(t.value().sgr() + "web");
        String run = new MarkdownRenderer(new RenderOptions(80, true, false)).render("```bash\ndocker run ubuntu bash\n```\n");
        assertThat(run).contains(t.subcommand().sgr() + "run").contains(t.value().sgr() + "ubuntu");
        String service = new MarkdownRenderer(new RenderOptions(80, true, false)).render("```bash\nsudo service docker restart\n```\n");
        assertThat(service).contains(t.command().sgr() + "service").contains(t.value().sgr() + "docker");
    }

    @Test
    void linksShowTheirUrlWithoutHyperlinksAndOnceWhenTheTextIsTheUrl() {
        String md = "See [the docs](https://docs.docker.com) and https://example.com.";
        assertThat(plain(md, 80)).isEqualTo("See the docs (https://docs.docker.com) and https://example.com.\n");
        String colorNoLinks = new MarkdownRenderer(new RenderOptions(80, true, false)).render(md);
        assertThat(colorNoLinks).contains("https://docs.docker.com").doesNotContain("\u001b]8;;");
        String hyper = new MarkdownRenderer(new RenderOptions(80, true, true)).render(md);
        assertThat(hyper).contains("\u001b]8;;https://docs.docker.com\u001b\\").doesNotContain("(https://docs.docker.com)");
    }

    @Test
    void outputEndsWithExactlyOneNewline() {
        assertThat(plain("text\n\n\n", 80)).isEqualTo("text\n");
        assertThat(plain("", 80)).isEqualTo("\n");
    }

    @Test
    void addedNodeRenderersOverrideTheCoreOnes() {
        MarkdownRenderer r = MarkdownRenderer.builder()
                .options(RenderOptions.plain(80))
                .nodeRendererFactory(ctx -> new org.commonmark.renderer.NodeRenderer() {
                    @Override
                    public java.util.Set<Class<? extends Node>> getNodeTypes() {
                        return java.util.Set.of(Code.class);
                    }

                    @Override
                    public void render(Node node) {
                        ctx.writer().text("<" + ((Code) node).getLiteral() + ">");
                    }
                })
                .build();
        assertThat(r.render("run `ls`")).isEqualTo("run <ls>\n");
    }

    @Test
    void aHugeParagraphKeepsEveryWordInOrderWithinTheWidthAndItsStyles() {
        StringBuilder md = new StringBuilder();
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            String w = "w" + i;
            words.add(w);
            md.append(i % 7 == 0 ? "**" + w + "**" : i % 11 == 0 ? "`" + w + "`" : w).append(i % 13 == 0 ? "\n" : " ");
        }
        String out = plain(md.toString(), 40);
        assertThat(out.lines()).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(40));
        assertThat(java.util.Arrays.asList(out.strip().replace("`", "").split("\\s+"))).isEqualTo(words);
        String colored = new MarkdownRenderer(new RenderOptions(40, true, false)).render(md.toString());
        assertThat(colored).containsPattern("\u001b\\[[0-9;]*mw7\u001b\\[0m ");
        String shown = Columns.strip(colored);
        assertThat(shown.lines()).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(40));
        assertThat(java.util.Arrays.asList(shown.strip().replace("`", "").split("\\s+"))).isEqualTo(words);
    }
}
