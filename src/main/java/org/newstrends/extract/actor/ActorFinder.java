package org.newstrends.extract.actor;

/**
 * Finds the candidate actors of one article and adds them, in text order per field, to what the article knows
 * ({@link ArticleActors}); a separate step ({@link ActorResolver}) then decides and names them, as OpenNLP's name
 * finders leave resolution to the caller. The finders: {@link RuleActorFinder} (title cues, curated organisations,
 * capitalised runs) and {@link TaggedActorFinder} (the person and organisation spans of a statistical tagger).
 */
interface ActorFinder {

    /** Adds the candidates of {@code article}'s fields. */
    void find(ArticleActors article);
}
