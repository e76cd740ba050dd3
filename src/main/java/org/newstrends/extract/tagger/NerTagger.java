package org.newstrends.extract.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.SpanTagger;

/**
 * The project's statistical name tagger: a linear-chain model over BILOU tags (person, location,
 * organisation, other name), trained as an averaged structured perceptron on CoNLL-2003 by
 * {@code train-ner}, decoded with Viterbi one sentence at a time. The committed model loads once per JVM.
 */
public final class NerTagger implements SpanTagger {

    /** Class-path location of the committed model. */
    public static final String MODEL_RESOURCE = "/org/newstrends/extract/tagger/ner-conll2003.model";

    private final TaggerModel model;
    private final WordLists lists;
    private final ThreadLocal<Workspace> workspaces;

    NerTagger(TaggerModel model, WordLists lists) {
        this.model = model;
        this.lists = lists;
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(lists));
    }

    /** The tagger of this JVM, with the committed model loaded on first use. */
    public static NerTagger shared() {
        return Holder.INSTANCE;
    }

    /** A tagger with the model in {@code file} (written by {@code train-ner}). */
    public static NerTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NerTagger(TaggerModel.read(in), WordLists.shared());
        }
    }

    /** Writes the model to {@code file}, in the form {@link #load} reads. */
    public void save(Path file) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
    }

    @Override
    public List<EntitySpan> tag(List<FieldText> fields) {
        TaggerText text = TaggerText.of(fields);
        Workspace ws = workspaces.get();
        run(text, ws, model);
        return spans(text, ws.tags);
    }

    /**
     * Tags every sentence of {@code text}, each seeing the article memory of those tagged before it. The
     * first field (the title) goes last, so a headline's lone surname ("Austin and Gallant to meet") is read
     * knowing the people the text names.
     */
    static void run(TaggerText text, Workspace ws, TaggerModel model) {
        ws.prepare(text);
        int titleEnd = 0;
        while (titleEnd < text.size && text.field[titleEnd] == 0) titleEnd++;
        boolean titleLast = titleEnd < text.size;
        tagRange(text, ws, titleLast ? titleEnd : 0, text.size, model);
        if (titleLast) tagRange(text, ws, 0, titleEnd, model);
    }

    private static void tagRange(TaggerText text, Workspace ws, int start, int end, TaggerModel model) {
        int mask = model.mask();
        for (int from = start; from < end; ) {
            int to = Math.min(ws.sentenceEnd(text, from), end);
            ws.computeFeatures(text, from, to, mask);
            ws.decode(from, to, model);
            ws.remember(from, to);
            from = to;
        }
    }

    /** The names of tagged tokens; a possessive {@code 's} at the end of a name is left out. */
    static List<EntitySpan> spans(TaggerText text, int[] tags) {
        List<EntitySpan> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.size; i++) {
            int tag = tags[i];
            int position = Tags.position(tag);
            if (position == 0 || position == 3) open = i;
            if ((position == 2 || position == 3) && open >= 0) {
                int last = i;
                while (last > open && text.words[last].equals("'s")) last--;
                if (!text.words[last].equals("'s")) {
                    NameType type = Tags.type(tag);
                    spans.add(new EntitySpan(text.field[open], text.start[open], text.end[last], type));
                }
                open = -1;
            }
        }
        return spans;
    }

    private static final class Holder {
        static final NerTagger INSTANCE = loadShared();

        private static NerTagger loadShared() {
            try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) throw new IllegalStateException("tagger model " + MODEL_RESOURCE + " is missing from the class path");
                return new NerTagger(TaggerModel.read(in), WordLists.shared());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read tagger model " + MODEL_RESOURCE, e);
            }
        }
    }
}
