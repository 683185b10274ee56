-- Only the voter who cast a ballot may replace it: each ballot carries a tag made from its
-- receipt and its voter (a hash of both). Without the receipt, which is stored nowhere, the
-- tag names nobody; a voter who learns someone else's receipt cannot make that voter's tag.
ALTER TABLE ballots ADD COLUMN owner_tag TEXT;
