package org.newstrends.extract.text;

/** The CoNLL-2003 name types a tagger tells apart. */
public enum NameType {
    /** A person. */
    PER,
    /** A location: country, region, city, natural place. */
    LOC,
    /** An organisation: company, government body, party, team. */
    ORG,
    /** Any other name: nationalities, events, works ("Israeli", "World Cup"). */
    MISC
}
