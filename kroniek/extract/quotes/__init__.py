"""Direct quotations and reported speech in Dutch news, with who said them.

``find_quotes(doc)`` works on ``doc.text`` alone and uses Frog's layers when present
(``doc.tokens`` with lemma and dependency parse, ``doc.mentions``). Sentences are the
document's own layer (Frog's) where Frog ran, repaired where Frog cuts a quote from its cue
(``quote_marks.document_sentences``: "„Klaar?”, vraagt ze" stays one sentence, a closing mark
Frog put at the start of the next sentence goes back); without Frog, the same function
splits the text (``quote_marks.split_sentences``). The coref component reads the same spans.

1. Direct quotes: quote marks paired per paragraph („…", "…", ,,…'', ‘…’, '…', «…», “…”),
   skipping apostrophes ('s, zo'n, ’s avonds); see quote_marks. A quote continued over
   paragraphs gives one Quote per paragraph piece, all sharing one speaker.
2. Reported speech per sentence: a reporting verb (quote_lexicon) with a "dat" clause or a
   te-infinitive ("X zegt dat …", "heeft laten weten … te zijn", "zegt wraak te zullen nemen"),
   "volgens X …", and clause-final cues ("…, aldus X", "…, zegt X", "…, zo zei X",
   "…, klonk het"). Two frames in one sentence split it where the second begins; a clause that
   is (almost) all direct quote is left to the direct quote; a reported clause inside a
   direct quote is not separate.
3. Attribution of direct quotes, in order: a cue right after the closing mark ('…", zegt X'),
   a colon frame before the opening mark ('X zei: "…'), the reported-speech frame the quote sits
   in ('volgens X … "noodzakelijk"'), a reporting verb earlier in its clause ('heeft …
   beschreven als „…"', not when the phrase opens with a preposition), a verb the lexicon lacks
   right after the quote with a name behind it ('„…", glimlacht Anna Bakker'), else the speaker
   in focus the way news carries it (``focus.carry``): a person introduced as subject since the last
   quote speaks now, otherwise the last speaker goes on for up to three paragraphs; a quote
   right after a sentence whose subject (Frog's) is an unnamed, indefinite person or group
   ("Winkeliers maken zich zorgen. „…”", "Een ander ziet …", "Sommigen …"; before a colon
   any indefinite noun of common gender: "Een criticus formuleert het scherper: „…”") is
   theirs (``focus.unnamed_subject``); a quote opening the story takes the subject right
   after it. A quoted phrase inside a reported clause
   is part of that one quote; a quoted heading, a quoted word inside a noun phrase and a lone
   quoted term after an article are no quotes.
4. Policy for short quoted phrases (no sentence-final punctuation, and lower-case and under
   eight words, or under three words): they count only when step 3 gives a speaker, with
   carry-over only from the directly preceding sentence; scare quotes, names and titles
   ('de film „Zwartboek"', '“GM Total Confidence”-programma') are dropped.
5. Speakers: the subject by surface rules (verb-second inversion, coordination, auxiliaries,
   a new subject after "en"/"maar" but not inside an apposition, relative "die"), Frog's
   dependency subject where those find nothing or where Frog's tags show the surface pick
   opens with a verb, adverb or preposition (its attachments in news prose are too often wrong
   to go first). A passive cue ("er wordt gezegd dat") has no speaker unless "door X" names
   one. The phrase is narrowed to its name (a person name over an organisation; names after
   "van" are complements, except after a speech noun: "het argument van Monti").
   Resolution when the text allows, else the span stays on the pronoun or role words:
   - a personal pronoun takes the last named speaker within four sentences, or a person who
     opens a later sentence (a new subject); nothing when two persons compete ("Rutte en
     Kaag … Hij zei"); names inside quotes, after an article or a preposition, and a lone
     capitalised word opening a sentence ("Afgaande op …") are never antecedents;
   - a personal pronoun right after a sentence of its paragraph whose subject or predicate is
     one unnamed person of its gender ("Een buurvrouw keek toe. Zij zegt dat …", "De man is een
     medewerker van de vervoerder. Hij vertelt …", "de moeder van …"), with nobody named there
     or since, is that person (``pronouns.unnamed_antecedent``);
   - a role noun takes the nearest name introduced with a role of its group (quote_lexicon.
     ROLE_GROUPS: "de NAVO-baas" after "NAVO-chef Stoltenberg" or "Stoltenberg, de
     secretaris-generaal van de NAVO"; another qualifier, "VN-chef", never matches);
   - an organisation noun ("het bedrijf", also "…autoriteit") takes the last NER organisation
     that spoke or opened a sentence (Frog only: surface runs cannot tell organisations from
     persons);
   - an epithet ("de 62-jarige Oscarwinnaar", "de zangeres"; never an office, an official, an
     institution or a plural) takes the one person named in the sentences before, the subject
     right before it, or the last speaker; that guess serves its own quote only;
   - two frames around one clause: the inner one names the source ("Volgens Stoltenberg …,
     aldus woordvoerder Cazalet" is Stoltenberg's); "klonk het bij X" is X's, a bare "klonk het"
     the plural group the sentence before is about, else the previous sentence's speaker.
   Policy: ``speaker_start``/``speaker_end`` then point at the latest mention of that name
   before the quote. A quote resumed after its cue ('"…", zegt X, "…"') shares the speaker of
   its first part. ``speaker`` (the entity id) is always left None for the linker.

Layout: every step is a function taking the ``Context`` (context.py: the text, words,
sentences, paragraphs, Frog tokens, names, role introductions; read once by
``names.read_context``). ``component`` (the pipeline component) calls ``attribute.run``, which
takes the direct quotes (``direct``), the reported clauses (``reported``, ``frames``,
``clauses``), the cues of direct quotes (``cues``), then speakers in text order
(``speakers`` → ``pronouns`` → ``focus``, with who spoke last in ``attribute.Focus``);
``subjects`` finds the subject of a cue, ``wordclass`` holds the word lists and word tests.
Quote marks and sentence splitting are in ``extract/quote_marks.py``, the cue lexicon in
``extract/quote_lexicon.py``.
"""

from .component import QuoteExtractor, find_quotes

__all__ = ["QuoteExtractor", "find_quotes"]
