package org.newstrends.extract.actor;

/**
 * A word or phrase that announces a person's name: a role ("Defense Secretary", "spokesman"), kept as the
 * person's stated role, or an honorific ("Mr.", "Dr."), which is not.
 *
 * @param role the role as stored, null for honorifics
 * @param capitalised true when the phrase is written capitalised in the lexicon ("President"), a
 *     stronger cue than a lower-case role word ("spokesman")
 */
public record Title(String role, boolean capitalised) { }
