-- Compact the articles files of the merged chunk's days (MERGE leaves small files and delete files).
-- Parameters: the chunk's first and last dt.
OPTIMIZE articles REWRITE DATA USING BIN_PACK WHERE dt BETWEEN ? AND ?
