-- Searching by name or title ignores case and French accents: "eleve" finds "Élève", "oeuvre" finds "Œuvre".
-- One SQL function, used on both sides of every LIKE, so that the text and what is typed are folded alike.
CREATE FUNCTION passerelle_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT lower(translate(replace(replace(replace(replace($1, 'Œ', 'OE'), 'œ', 'oe'), 'Æ', 'AE'), 'æ', 'ae'),
                       'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ’',
                       'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyy'''))
$$;

-- The register is read by name, page after page (keyset on name and id).
DROP INDEX employee_company_idx;
CREATE INDEX employee_company_name_idx ON employee (company_id, last_name, first_name, id);
