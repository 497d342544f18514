-- Compact the figures files of the merged chunk's days (MERGE leaves small files and delete files).
-- Parameters: the chunk's first and last dt.
OPTIMIZE figures REWRITE DATA USING BIN_PACK WHERE dt BETWEEN ? AND ?
