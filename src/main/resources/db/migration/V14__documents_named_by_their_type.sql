-- One document store (ADR 0016): a stored file's name ends as its detected type, never as it was uploaded. Until now
-- activity and stay documents kept the uploaded ending (a PDF uploaded as "Anreise.cmd" was served as such). Every
-- stored row's content_type was already decided by its content when it was uploaded (PDF, JPEG and PNG by their
-- first bytes; office files, which were recognised as zip archives with the matching ending, already end as their
-- type), so the names are mended from it with the rule the store uses for new uploads: a fitting ending stays, any
-- other is replaced ("Anreise.cmd" -> "Anreise.pdf", "Foto" -> "Foto.jpg"). The contents are not touched.

update instrument_document
set file_name = coalesce(nullif(trim(regexp_replace(file_name, '\.[^.]*$', '')), ''), 'document') || '.pdf'
where content_type = 'application/pdf' and lower(file_name) not like '%.pdf';

update stay_document
set file_name = coalesce(nullif(trim(regexp_replace(file_name, '\.[^.]*$', '')), ''), 'document') || '.pdf'
where content_type = 'application/pdf' and lower(file_name) not like '%.pdf';

update activity_document
set file_name = coalesce(nullif(trim(regexp_replace(file_name, '\.[^.]*$', '')), ''), 'document')
    || case content_type when 'image/jpeg' then '.jpg' when 'image/png' then '.png' else '.pdf' end
where (content_type = 'application/pdf' and lower(file_name) not like '%.pdf')
   or (content_type = 'image/jpeg' and lower(file_name) not like '%.jpg' and lower(file_name) not like '%.jpeg')
   or (content_type = 'image/png' and lower(file_name) not like '%.png');
