package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.at;
import static org.netdeck.testing.DeckTexts.slideProblems;
import static org.netdeck.testing.DeckTexts.slides;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;

class SlideParserTest {

    @Test
    void eachLevelTwoHeadingStartsASlide() {
        List<Slide> slides = slides("""
                ## The *network*

                Two inputs, one output.

                # A level-one heading stays inside
                ### So does a level three

                Setext title
                ------------
                Body of two.
                ```
                ## not a heading: code
                ```
                """);
        assertEquals(2, slides.size());
        Slide one = slides.get(0);
        assertEquals("The network", one.title());
        assertEquals(at(7, 1), one.heading());
        assertEquals(at(8, 1), one.body());
        assertEquals(
                "\nTwo inputs, one output.\n\n# A level-one heading stays inside\n### So does a level three\n\n",
                one.markdown());
        assertEquals(Optional.empty(), one.diagram());
        Slide two = slides.get(1);
        assertEquals("Setext title", two.title());
        assertEquals(at(14, 1), two.heading());
        assertEquals(at(16, 1), two.body());
        assertEquals("Body of two.\n```\n## not a heading: code\n```\n", two.markdown());
    }

    @Test
    void indentedHeadingAndCommentsBeforeTheFirstSlide() {
        List<Slide> slides = slides("<!-- a note for authors -->\n\n   ## Indented\ntext");
        assertEquals(1, slides.size());
        assertEquals(at(9, 4), slides.get(0).heading());
        assertEquals("text", slides.get(0).markdown());
        assertEquals(at(10, 1), slides.get(0).body());
    }

    @Test
    void aHeadingInsideAListOrQuoteDoesNotStartASlide() {
        List<Slide> slides = slides("## One\n\n> ## quoted\n\n- ## listed\n");
        assertEquals(1, slides.size());
    }

    @Test
    void diagramDirectivePicksTheStepAndLeavesTheMarkdown() {
        List<Slide> slides = slides("""
                ## Forward
                Before.
                <!-- diagram: forward -->
                After.

                ## Chain
                  <!--   diagram:   chain-rule   -->
                ## None
                <!-- an ordinary comment -->
                <!-- diagram of the net -->
                """);
        assertEquals(Optional.of(DiagramStep.FORWARD), slides.get(0).diagram());
        assertEquals("Before.\n\nAfter.\n\n", slides.get(0).markdown()); // the line stays, empty
        assertEquals(Optional.of(DiagramStep.CHAIN_RULE), slides.get(1).diagram());
        assertEquals("\n", slides.get(1).markdown());
        assertEquals(Optional.empty(), slides.get(2).diagram());
        assertEquals(
                "<!-- an ordinary comment -->\n<!-- diagram of the net -->\n",
                slides.get(2).markdown());
    }

    @Test
    void aDirectiveInCodeIsJustCode() {
        Slide s = slides("## Code\n```html\n<!-- diagram: nope -->\n```\n    <!-- diagram: loss -->\n")
                .get(0);
        assertEquals(Optional.empty(), s.diagram());
        assertEquals("```html\n<!-- diagram: nope -->\n```\n    <!-- diagram: loss -->\n", s.markdown());
    }

    @Test
    void everyStepIdIsAccepted() {
        for (DiagramStep step : DiagramStep.values()) {
            assertEquals(
                    Optional.of(step),
                    slides("## S\n<!-- diagram: " + step.id() + " -->\n").get(0).diagram());
        }
    }

    @Test
    void unknownStepSuggestsTheNearest() {
        List<Problem> p = slideProblems("## One\n\n<!-- diagram: forwrd -->\n");
        assertEquals(1, p.size());
        assertEquals(at(9, 1), p.get(0).where());
        assertEquals(
                "unknown diagram step 'forwrd'; did you mean 'forward'? The steps are architecture, forward, "
                        + "loss, output-gradient, chain-rule, update, layers, training, landscape",
                p.get(0).message());
        assertTrue(slideProblems("## One\n<!-- diagram: Output-Gradient -->")
                .get(0)
                .message()
                .contains("; did you mean 'output-gradient'?"));
        assertTrue(slideProblems("## One\n<!-- diagram: zebra -->")
                .get(0)
                .message()
                .startsWith("unknown diagram step 'zebra'; the steps"));
    }

    @Test
    void malformedDirectives() {
        List<Problem> p = slideProblems(
                "## One\n<!-- diagram -->\n## Two\n<!-- diagram: -->\n## Three\n<!-- diagram: forward pass -->\n");
        assertEquals(3, p.size());
        assertEquals(at(8, 1), p.get(0).where());
        assertEquals(
                "malformed diagram directive '<!-- diagram -->'; write '<!-- diagram: STEP -->' with STEP one of "
                        + "architecture, forward, loss, output-gradient, chain-rule, update, layers, training, landscape, or"
                        + " '<!-- diagram: STEP runs: NAME ... -->' to draw some of the compare runs",
                p.get(0).message());
        assertEquals(at(10, 1), p.get(1).where());
        assertTrue(p.get(1).message().startsWith("malformed diagram directive '<!-- diagram: -->'"));
        assertEquals(at(12, 1), p.get(2).where());
    }

    @Test
    void twoDirectivesInOneSlide() {
        List<Problem> p = slideProblems("## One\n<!-- diagram: loss -->\ntext\n<!-- diagram: update -->\n");
        assertEquals(1, p.size());
        assertEquals(at(10, 1), p.get(0).where());
        assertEquals(
                "a second diagram directive in slide 'One' (the first is on line 8); a slide shows one diagram,"
                        + " so remove one of them",
                p.get(0).message());
    }

    @Test
    void directiveMustStandAlone() {
        List<Problem> p = slideProblems("## One\nSee <!-- diagram: loss --> here.\n");
        assertEquals(at(8, 5), p.get(0).where());
        assertTrue(p.get(0).message().endsWith("must stand alone on its own line; put it on a line by itself"));
    }

    @Test
    void directiveBeforeTheFirstSlide() {
        List<Problem> p = slideProblems("<!-- diagram: loss -->\n## One\n");
        assertEquals(1, p.size());
        assertEquals(at(7, 1), p.get(0).where());
        assertTrue(p.get(0).message().startsWith("diagram directive before the first slide"));
    }

    @Test
    void textBeforeTheFirstSlide() {
        List<Problem> p = slideProblems("\n\n# Deck title\nIntro.\n## One\n");
        assertEquals(1, p.size());
        assertEquals(at(9, 1), p.get(0).where());
        assertEquals(
                "text before the first slide; start a slide with '## Title' above it",
                p.get(0).message());
    }

    @Test
    void aDeckWithoutSlides() {
        List<Problem> p = slideProblems("Just text.\n### Not level two\n");
        assertEquals(1, p.size());
        assertEquals(at(7, 1), p.get(0).where());
        assertEquals(
                "this deck has no slides; add a slide: a line starting with '## ' followed by its title",
                p.get(0).message());
        assertEquals(1, slideProblems("").size());
    }

    @Test
    void emptyTitle() {
        List<Problem> p = slideProblems("## One\ntext\n##\nmore\n## \n");
        assertEquals(2, p.size());
        assertEquals(at(9, 1), p.get(0).where());
        assertEquals(
                "this slide has an empty title; write its title after '## '",
                p.get(0).message());
        assertEquals(at(11, 1), p.get(1).where());
    }

    @Test
    void referencesAreNotAllowedInTitles() {
        List<Problem> p = slideProblems("## Loss is {{ loss }}\n");
        assertEquals(at(7, 12), p.get(0).where());
        assertTrue(p.get(0).message().startsWith("a slide title cannot refer to a computed value"));
        assertEquals(
                "Braces {{ x }} and {{y}}",
                slides("## Braces \\{{ x }} and `{{y}}`\n").get(0).title());
    }

    @Test
    void allProblemsComeTogetherInFileOrder() {
        List<Problem> p = slideProblems("Intro\n## \n<!-- diagram: nope -->\n<!-- diagram: loss -->\n");
        assertEquals(
                List.of(at(7, 1), at(8, 1), at(9, 1), at(10, 1)),
                p.stream().map(Problem::where).toList());
        assertTrue(assertThrows(BuildFailure.class, () -> slides("Intro\n## \n"))
                .getMessage()
                .startsWith("content/backprop/deck.md:7:1: error: text before the first slide"));
    }

    @Test
    void windowsLineEndings() {
        List<Slide> slides = slides("## One\r\n<!-- diagram: loss -->\r\ntext\r\n## Two\r\nmore\r\n");
        assertEquals("One", slides.get(0).title());
        assertEquals(Optional.of(DiagramStep.LOSS), slides.get(0).diagram());
        assertEquals("\r\ntext\r\n", slides.get(0).markdown());
        assertEquals(at(10, 1), slides.get(1).heading());
    }

    @Test
    void speakerNotesAreCutOutOfTheSlideKeepingLineNumbers() {
        List<Slide> slides = slides("""
                ## One

                Shown to readers.

                :::notes
                Say **this** out loud.
                :::

                Shown too.

                ## Two

                No notes.
                """);
        Slide one = slides.get(0);
        assertEquals("\nShown to readers.\n\n\n\n\n\nShown too.\n\n", one.markdown());
        assertEquals("\n\n\n\nSay **this** out loud.\n\n\n\n\n", one.notes());
        assertTrue(one.hasNotes());
        assertEquals(at(8, 1), one.body());
        assertEquals("", slides.get(1).notes());
    }

    @Test
    void notesMarkersInsideCodeStayCode() {
        Slide one = slides("""
                ## One

                ```
                :::notes
                :::
                ```
                """).get(0);
        assertTrue(one.markdown().contains(":::notes"), one.markdown());
        assertEquals("", one.notes().strip());
    }

    @Test
    void unclosedNotesAreReportedWhereTheyOpen() {
        List<Problem> problems = slideProblems("""
                ## One

                Text.
                ::: notes
                Never closed.
                """);
        assertEquals(1, problems.size());
        assertEquals(at(10, 1), problems.get(0).where());
        assertTrue(
                problems.get(0).message().contains("end them with a line ':::'"),
                problems.get(0).message());
    }

    @Test
    void aTrainingOrLandscapeDirectiveMayChooseRuns() {
        List<Slide> slides = slides("## One\n<!-- diagram: landscape runs: small_lr, deck  adam -->\ntext\n"
                + "## Two\n<!-- diagram: training RUNS small_lr -->\n## Three\n<!-- diagram: landscape -->\n");
        Slide one = slides.get(0);
        assertEquals(Optional.of(DiagramStep.LANDSCAPE), one.diagram());
        assertEquals(List.of("small_lr", "deck", "adam"), one.runNames());
        assertEquals(at(8, 31), one.runs().get(0).where());
        assertEquals(at(8, 41), one.runs().get(1).where());
        assertEquals(at(8, 47), one.runs().get(2).where());
        assertEquals("\ntext\n", one.markdown(), "the directive is blanked out");
        assertEquals(List.of("small_lr"), slides.get(1).runNames());
        assertEquals(List.of(), slides.get(2).runNames(), "no choice: every run");
    }

    @Test
    void aRunChoiceIsCheckedWhereItIsWritten() {
        List<Problem> p = slideProblems("## One\n<!-- diagram: forward runs: adam -->\n"
                + "## Two\n<!-- diagram: landscape walks: adam -->\n"
                + "## Three\n<!-- diagram: training runs: adam sgd adam -->\n"
                + "## Four\n<!-- diagram: landscape runs: -->\n");
        assertEquals(4, p.size(), p::toString);
        assertEquals(at(8, 1), p.get(0).where());
        assertTrue(p.get(0).message().startsWith("the forward diagram draws no runs"), p.get(0)::toString);
        assertEquals(at(10, 1), p.get(1).where());
        assertTrue(p.get(1).message().contains("'<!-- diagram: STEP runs: NAME ... -->'"), p.get(1)::toString);
        assertEquals(at(12, 39), p.get(2).where());
        assertTrue(p.get(2).message().contains("names run 'adam' twice (also at column 30)"), p.get(2)::toString);
        assertEquals(at(14, 1), p.get(3).where());
        assertTrue(p.get(3).message().startsWith("malformed diagram directive"), p.get(3)::toString);
    }

    @Test
    void splittingReadsTheInlineContentOfHeadingsAndOfBlocksWithACommentOnly() {
        // the slides' text is read in full by text.SlideText; splitting reads only what it needs (issue 36)
        List<String> read = new java.util.ArrayList<>();
        List<Slide> slides = new SlideParser(
                        block -> read.add(block.getChars().toString().strip()))
                .parse(java.nio.file.Path.of("deck.md"), """
                        ## The *first*

                        Some *emphasis*, a [link](https://example.com) and `code`.

                        - a list item with **strong** text
                        - and an ![image](p.png)

                        > a quote <!-- a note for authors --> inside

                        <!-- diagram: forward -->

                        Setext second
                        -------------

                        | a | b |
                        |---|---|
                        | 1 | 2 |

                        :::notes
                        Notes with *emphasis*.
                        :::
                        """, 1);
        assertEquals(2, slides.size());
        assertEquals("first", slides.get(0).title().replace("The ", ""));
        assertEquals(
                List.of("## The *first*", "a quote <!-- a note for authors --> inside", "Setext second\n-------------"),
                read);
    }
}
