package org.newstrends.extract.actor;

import java.util.List;
import org.newstrends.extract.lexicon.FirstNames;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.NameType;

/**
 * Finds the people and organisations of one article and resolves their mentions within it: a finder proposes
 * candidates ({@link RuleActorFinder} for the {@code rules} method, {@link TaggedActorFinder} for a tagger's
 * spans), then {@link ActorResolver} decides and names them over the whole article.
 *
 * <p>People are found without any list of known people: from title cues ("Defense Secretary", "Mr.",
 * "spokesman"), first names, capitalised name sequences with particles and initials. Organisations come
 * from the curated {@code organizations.tsv}, from head words and legal suffixes ("Foreign Ministry",
 * "Acme Corp.") and from acronyms. Then, over the whole article: a later surname ("Netanyahu", "Mr. Netanyahu")
 * is the full name met earlier; an acronym introduced in brackets after a long form is that organisation;
 * aliases merge to one canonical name; a stated country ("Israeli Prime Minister ...") or, failing that,
 * the curated affiliation of an office holder fills in the person's country and role.
 *
 * <p>Thread-safe and stateless between articles: all state of one article lives in the call.
 */
public final class ActorRecognizer {

    private final NameCues cues;
    private final RuleActorFinder rules;
    private final ActorResolver resolver;

    /** A recogniser over the given word lists. */
    public ActorRecognizer(ActorLexicon lexicon, Gazetteer gazetteer, FirstNames firstNames) {
        this.cues = new NameCues(lexicon, gazetteer, firstNames);
        this.rules = new RuleActorFinder(cues);
        this.resolver = new ActorResolver(cues);
    }

    /** The recogniser of this JVM, with the shared lexicons. */
    public static ActorRecognizer shared() {
        return Holder.INSTANCE;
    }

    /** Finds and resolves the actors of one article given as its fields (title first). */
    public ActorResult recognize(List<FieldText> fields) {
        return resolve(fields, rules);
    }

    /**
     * Resolves the {@link NameType#PER PER} and {@link NameType#ORG ORG} spans a tagger found in one article
     * (other types are skipped), keeping their offsets: a person takes the role and country of a title right
     * before it ("US Defense Secretary Lloyd Austin") and a later surname is the full name met earlier; an
     * organisation is counted under its curated name ("UN" = "United Nations"), an acronym in brackets after
     * a long form is that organisation, and a one-word name equal to the surname of a person of the article is
     * that person.
     *
     * @param fields the article's fields (title first), as the tagger saw them
     * @param spans the tagger's spans, in field then offset order, without possessive "'s"
     */
    public ActorResult resolveSpans(List<FieldText> fields, List<EntitySpan> spans) {
        return resolve(fields, new TaggedActorFinder(cues, spans));
    }

    private ActorResult resolve(List<FieldText> fields, ActorFinder finder) {
        ArticleActors article = new ArticleActors(fields);
        finder.find(article);
        return resolver.resolve(article);
    }

    private static final class Holder {
        static final ActorRecognizer INSTANCE =
                new ActorRecognizer(ActorLexicon.shared(), Gazetteer.shared(), FirstNames.shared());
    }
}
