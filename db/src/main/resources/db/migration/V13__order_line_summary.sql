-- The lines of an order, written onto the order row when the order arrives, so that the CSV
-- export reads one table instead of joining lines, instances, products and specs for every
-- order (a million-order export is bound by those joins). Lines and instance ids never change
-- after an order is created, so the copy cannot go stale.
--
-- Format: one entry per line in line order, separated by ';'; an entry is
-- product_id,spec_id,charging_mode,amount,instance ids separated by ' ' (platform ids contain
-- none of these separators). NULL for orders stored before this column existed: the export
-- builds the same text from the lines for those (see OrderMapper.export), so no backfill of a
-- large table is needed at upgrade.
ALTER TABLE orders
    ADD COLUMN line_summary MEDIUMTEXT NULL COMMENT 'lines as product,spec,mode,amount,instances;... (see V13)';
