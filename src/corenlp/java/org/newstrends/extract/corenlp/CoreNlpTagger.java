package org.newstrends.extract.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.SpanTagger;

/**
 * Finds names with Stanford CoreNLP's CRF trained on CoNLL-2003 ({@code english.conll.4class}), for the job
 * spec's {@code extractor: corenlp}. Built only with the Maven profile {@code corenlp}: CoreNLP is GPL-3.0,
 * so a jar holding this class is GPL-bound.
 *
 * <p>The pipeline is {@code tokenize,ssplit,ner} with the statistical model alone: no SUTime, numeric
 * classifiers, fine-grained or rule-based (RegexNER) labels and no entity mentions. The CRF needs neither
 * part-of-speech tags nor lemmas, so CoreNLP's annotator requirements are not enforced. Each field is
 * annotated on its own, so offsets are relative to that field's text. Consecutive tokens with the same label
 * become one span (the model tags IO, not BIO). One pipeline is built per instance; CoreNLP's pipeline may be
 * used from several threads at once.
 */
public final class CoreNlpTagger implements SpanTagger {

    /** The CoNLL-2003 4-class model inside CoreNLP's models jar. */
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    /** Loads the model and builds the pipeline (a few seconds). */
    public CoreNlpTagger() {
        pipeline = new StanfordCoreNLP(pipelineProperties(), false);
    }

    /** The CoreNLP properties of the pipeline: tokenize, ssplit and the statistical CoNLL model only. */
    static Properties pipelineProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.model", MODEL);
        props.setProperty("ner.statisticalOnly", "true");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        return props;
    }

    @Override
    public List<EntitySpan> tag(List<FieldText> fields) {
        List<EntitySpan> spans = new ArrayList<>();
        for (int field = 0; field < fields.size(); field++) {
            String text = fields.get(field).text();
            if (text.isBlank()) continue;
            Annotation annotation = new Annotation(text);
            pipeline.annotate(annotation);
            addSpans(field, annotation.get(CoreAnnotations.TokensAnnotation.class), spans);
        }
        return spans;
    }

    private static void addSpans(int field, List<CoreLabel> tokens, List<EntitySpan> spans) {
        NameType open = null;
        int start = 0;
        int end = 0;
        for (CoreLabel token : tokens) {
            NameType type = nameType(token.ner());
            if (open != null && type == open) {
                end = token.endPosition();
                continue;
            }
            if (open != null) spans.add(new EntitySpan(field, start, end, open));
            open = type;
            start = token.beginPosition();
            end = token.endPosition();
        }
        if (open != null) spans.add(new EntitySpan(field, start, end, open));
    }

    /** The name type of a CoreNLP label, null for {@code O} and any label outside the four classes. */
    static NameType nameType(String label) {
        if (label == null) return null;
        return switch (label) {
            case "PERSON" -> NameType.PER;
            case "LOCATION" -> NameType.LOC;
            case "ORGANIZATION" -> NameType.ORG;
            case "MISC" -> NameType.MISC;
            default -> null;
        };
    }
}
