package org.newstrends.extract.actor;

/** A span a finder proposes as an actor, typed or waiting for the article-wide resolution to say what it is. */
final class ActorCandidate {

    /** What a finder took the span for. */
    enum Kind {
        /** A person. */
        PERSON,
        /** An organisation. */
        ORG,
        /** A lone capitalised word: a known person's surname, an acronym's organisation, or nothing. */
        SINGLE,
        /** Capitals that may stand for an organisation. */
        ACRONYM,
        /** A place name, an actor only when the article shows it is a team. */
        PLACE
    }

    final int field;
    final int start;
    final int end;
    final Kind kind;
    final String surface;
    String canonical;
    String country;
    String role;
    boolean shout;
    /** Found by a tagger: its span and type stand, resolution only names it. */
    boolean tagged;
    int names;
    /** Where the claimed span starts: after a place that opens a name found by its head word ("U.S." of "U.S. Agriculture Department"). */
    int claimStart;

    ActorCandidate(int field, int start, int end, Kind kind, String surface) {
        this.field = field;
        this.start = start;
        this.claimStart = start;
        this.end = end;
        this.kind = kind;
        this.surface = surface;
    }

    /** This span as {@code kind} named {@code canonical}, with its country, role and claim. */
    ActorCandidate retyped(Kind kind, String canonical) {
        ActorCandidate r = new ActorCandidate(field, start, end, kind, surface);
        r.canonical = canonical;
        r.claimStart = claimStart;
        r.country = country;
        r.role = role;
        return r;
    }
}
