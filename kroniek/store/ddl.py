"""The schema of both SQL backends in one place: each migration's SQL, with the few words that
differ between SQLite and PostgreSQL (``Dialect``) filled in.

``sqlite.py`` and ``postgres.py`` list their migrations from here (``migrations(dialect)``), with
the same names in the same order; what differs beyond words (FTS5 against tsvector + GIN for the
search tables, a Python step converting layers on SQLite) is a dialect field too. Migrations are
frozen: a store runs each once, so a change here must keep the SQL a new store gets the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template


@dataclass(frozen=True, slots=True)
class Dialect:
    seq: str  # documents.seq: an ever-growing integer key
    row_id: str  # search_sentences.id: the FTS rowid (SQLite) or a serial
    blob: str
    now: str  # a column default: the UTC time as ISO text
    collate_c: str  # on ISO date columns: byte order is date order
    published_value: str  # documents.published_value with its comment
    sentence_tsv: str  # search_sentences' extra column (PostgreSQL's tsvector)
    sentence_index: str  # the full-text index of search_sentences
    search_docs: str  # m011: the per-document search rows (see sqlite.py / postgres.py)


M001 = Template("""
        CREATE TABLE documents (
            seq ${seq},
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT,
            publisher TEXT,
            genre TEXT NOT NULL,
            category TEXT,
            language TEXT NOT NULL,
            ${published_value}
            published_granularity TEXT,
            published_source TEXT,
            published_raw TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            raw_hash TEXT NOT NULL,
            duplicate_of TEXT,
            warnings TEXT NOT NULL DEFAULT '[]',
            meta TEXT NOT NULL DEFAULT '{}',
            processed TEXT NOT NULL DEFAULT '[]',
            signature ${blob},
            ingested_at TEXT NOT NULL DEFAULT ${now}
        );
        CREATE INDEX documents_text_hash ON documents(text_hash);
        CREATE INDEX documents_published ON documents(published_value);
        CREATE TABLE layers (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (doc_id, name)
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            attributes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE entity_mentions (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (entity_id, doc_id, start, "end")
        );
        CREATE INDEX entity_mentions_doc ON entity_mentions(doc_id);
    """)

M002 = Template("""
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            label TEXT NOT NULL,
            when_value TEXT${collate_c},
            when_granularity TEXT,
            "where" TEXT NOT NULL DEFAULT '[]',
            participants TEXT NOT NULL DEFAULT '[]',
            factuality TEXT NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_when ON events(when_value);
        CREATE TABLE event_mentions (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (event_id, doc_id, start, "end")
        );
        CREATE INDEX event_mentions_doc ON event_mentions(doc_id);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            first TEXT${collate_c},
            last TEXT${collate_c},
            attributes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE story_documents (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (story_id, doc_id)
        );
        CREATE TABLE story_events (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (story_id, event_id)
        );
    """)

# Sentence-level full-text search: search_sentences holds each sentence's (and title's) offsets;
# the stems kroniek computes in Python go to FTS5 (SQLite) or a tsvector (PostgreSQL).
M003 = Template("""
        CREATE TABLE search_sentences (
            id ${row_id},
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL${sentence_tsv}
        );
        CREATE INDEX search_sentences_doc ON search_sentences(doc_id);
        ${sentence_index}
        CREATE TABLE search_facets (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (doc_id, kind, value)
        );
        CREATE INDEX search_facets_value ON search_facets(kind, value);
        CREATE INDEX stories_last ON stories(last);
        CREATE TABLE search_documents (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            indexed_at TEXT NOT NULL DEFAULT ${now}
        );
    """)

META = "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"

LAYERS_BY_NAME = """
        ALTER TABLE layers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE layers ADD COLUMN n INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX layers_name ON layers(name, n);
    """

# What the story list, the document page and the counts need to stay fast.
PAGE_INDEXES = """
    CREATE INDEX IF NOT EXISTS story_documents_doc ON story_documents(doc_id);
    ALTER TABLE stories ADD COLUMN n_documents INTEGER NOT NULL DEFAULT 0;
    UPDATE stories SET n_documents = (SELECT count(*) FROM story_documents sd WHERE sd.story_id = stories.id);
    CREATE INDEX stories_recent ON stories(last DESC, id);
    CREATE INDEX stories_size ON stories(n_documents);
    CREATE INDEX documents_duplicate ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
    CREATE INDEX documents_category ON documents(category, published_value);
"""

# The documents page lists the publishers and filters by one: an index the list reads alone.
PUBLISHER_INDEX = "CREATE INDEX IF NOT EXISTS documents_publisher ON documents(publisher, published_value);"

# What incremental linking needs (link.incremental). ``link_keys`` finds the stored entities and
# events a new document may join (name keys, event blocking keys by day); ``redirects`` sends an id
# a merge retired to the id that absorbed it.
LINK_TABLES = """
    CREATE TABLE link_keys (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (kind, key, id)
    );
    CREATE INDEX link_keys_id ON link_keys(kind, id);
    CREATE TABLE redirects (
        kind TEXT NOT NULL,
        old_id TEXT NOT NULL,
        new_id TEXT NOT NULL,
        PRIMARY KEY (kind, old_id)
    );
    CREATE INDEX redirects_new ON redirects(kind, new_id);
"""

# What `kroniek watch` and alerts keep (store/watching.py): per-source poll state, seen items,
# alerts and their matches.
WATCH_TABLES = """
    CREATE TABLE watch_sources (
        source TEXT PRIMARY KEY,
        state TEXT NOT NULL
    );
    CREATE TABLE watch_seen (
        source TEXT NOT NULL,
        item TEXT NOT NULL,
        PRIMARY KEY (source, item)
    );
    CREATE TABLE alerts (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        created TEXT NOT NULL
    );
    CREATE TABLE alert_matches (
        alert TEXT NOT NULL REFERENCES alerts(name) ON DELETE CASCADE,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        matched TEXT NOT NULL,
        why TEXT NOT NULL,
        events TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (alert, doc_id)
    );
    CREATE INDEX alert_matches_recent ON alert_matches(alert, matched);
    CREATE TABLE alert_checked (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    );
"""

# Search facets and filters read a matching document's genre, publisher, category and date by its
# id: from this index alone, never from the wide row that holds the text (issue #14's facets over
# 76k posts: a common word matches 5,500 documents).
FACET_INDEX = ("CREATE INDEX IF NOT EXISTS documents_facets "
               "ON documents(id, genre, publisher, category, published_value);")


def migrations(d: Dialect) -> list[tuple[str, str]]:
    """(name, SQL) of every migration, in order, for one dialect."""
    words = {"seq": d.seq, "row_id": d.row_id, "blob": d.blob, "now": d.now, "collate_c": d.collate_c,
             "published_value": d.published_value, "sentence_tsv": d.sentence_tsv,
             "sentence_index": d.sentence_index}
    return [
        ("m001_initial", M001.substitute(words)),
        ("m002_events_and_stories", M002.substitute(words)),
        ("m003_search", M003.substitute(words)),
        ("m004_meta", META),
        ("m005_layers_by_name", LAYERS_BY_NAME),
        ("m006_page_indexes", PAGE_INDEXES),
        ("m007_watch_and_alerts", WATCH_TABLES),
        ("m008_documents_publisher", PUBLISHER_INDEX),
        ("m009_link_keys_redirects", LINK_TABLES),
        ("m010_document_facets", FACET_INDEX),
        ("m011_search_docs", d.search_docs),
    ]
