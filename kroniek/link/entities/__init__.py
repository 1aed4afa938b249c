"""Entity linking: one Entity per real thing, within and across documents.

How mentions become entities (every step a general rule, no names wired in):

1. Each mention is read on its own: the name core is cut from descriptors ("de Europese
   vliegtuigbouwer Airbus" -> "Airbus"; "Apple CEO Steve Jobs" -> "Steve Jobs" with role "CEO"),
   then classified: a nationality adjective or people noun (-> country by ISO code, kept as its
   own entity with a "nationality-of" relation), a country or other place (resolved by ISO code or
   GeoNames id), an acronym, a person name (parsed into first names, initials and surname), any
   other name, or no name at all (pronouns, common nouns).
2. Within a document, mentions group into chains: same place or country, same name, a surname
   with the full name it abbreviates, an acronym with the long form the text defines
   ("Europese Centrale Bank (ECB)") or whose initials it spells ("GM" / "General Motors"), a
   short name with the longer name it heads ("A380" / "Airbus A380"). Mentions without a name
   join a chain of their own text: a relative pronoun the phrase right before it, a personal
   pronoun the latest named chain of its type (in its own sentence the latest that is no
   modifier: not "van Boeing", not "Boeing-toestellen"), a definite description the chain whose
   mentions carry its head noun ("de luchtmacht" after "de Amerikaanse luchtmacht") or whose
   name ends in its English equivalent ("de luchtmacht" / "US Air Force"), or for a
   class noun ("het bedrijf", "het land") the latest named chain of its type; indefinites stay
   alone. A "we"/"onze" inside a quotation is the organisation its attribution names ("zei een
   woordvoerder van Heineken"). A full name NER did not call a person ("Mensur Suljovic" MISC)
   beside its bare surname used as a person's is that person. Across documents a chain without a name joins only another described in the same
   words ("de Duitse marine"), a bare "de marine" a longer one with that head; never a role.
3. Across documents, chains join global entities in arrival order: same country/place/demonym or
   same exact name of the same type (or, found nowhere, the name without a nationality adjective
   before it or an -s after it: "Amerikaanse Air Force", "Dreamliners"); acronyms through definitions learned from any document and
   a small curated list; persons when surnames agree (or are transliteration variants by
   consonant skeleton or edit distance) and first names or initials are compatible, confirmed by
   shared context (co-occurring entities or a shared role) whenever one side lacks a first name or
   the spelling differs. A full name another text showed to be a person joins that person
   whatever NER called it.

Entity ids hash the entity's first mention, so the same documents in the same order give the
same ids.

The package, by concern (data flows top to bottom):

- ``words``: word lists and ``name_core`` (the name inside a mention);
  ``roles``: the role a person mention carries; ``mention``: one mention read and classified.
- ``chain``: a within-document chain and its keys; ``within``: a document's mentions chained
  (persons, names, acronyms, short forms); ``fullnames``: a full name NER mistyped read as the
  person its text knows by surname; ``descriptions``: pronouns and definite descriptions,
  ``heads``: a description's head noun and the class nouns; ``speakers``: whose "we" a quotation's is;
  ``layer``: the chains written to and read back from the coref ``chains`` layer.
- ``features``: context and acronym long forms a chain links by; ``cluster`` and ``index``: an
  entity under construction and where chains look for it; ``scoring``: which entity a chain joins;
  ``clustering``: every document's chains joined into entities.
- ``output``: entities written out; ``linker``: ``EntityLinker``, ``link_documents`` and
  ``linked_entities``.
"""

from .layer import document_chains
from .linker import EntityLinker, link_documents, linked_entities
from .roles import role_head, role_nouns
from .words import name_core

__all__ = ["EntityLinker", "document_chains", "link_documents", "linked_entities", "name_core", "role_head",
           "role_nouns"]
