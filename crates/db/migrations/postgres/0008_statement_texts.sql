-- Candidates' statements become translatable texts, translated like every other field.
ALTER TABLE candidates ADD COLUMN statement_text BIGINT REFERENCES texts(id);

CREATE TEMP TABLE statement_texts AS
SELECT c.id AS candidate,
       (SELECT COALESCE(MAX(id), 0) FROM texts) + ROW_NUMBER() OVER (ORDER BY c.id) AS text
FROM candidates c WHERE c.statement <> '';

INSERT INTO texts (id, source_lang, revision)
SELECT m.text, c.statement_lang, 1 FROM statement_texts m JOIN candidates c ON c.id = m.candidate;
INSERT INTO text_versions (text_id, lang, body, source_revision)
SELECT m.text, c.statement_lang, c.statement, 1
FROM statement_texts m JOIN candidates c ON c.id = m.candidate;
UPDATE candidates
SET statement_text = (SELECT text FROM statement_texts WHERE candidate = candidates.id);
DROP TABLE statement_texts;
-- The texts were given ids by hand: the identity goes on after them.
SELECT setval(pg_get_serial_sequence('texts', 'id'), GREATEST((SELECT MAX(id) FROM texts), 1));

ALTER TABLE candidates DROP COLUMN statement;
ALTER TABLE candidates DROP COLUMN statement_lang;
