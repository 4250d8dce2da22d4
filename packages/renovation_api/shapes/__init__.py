"""The API's shapes: what clients send and read back, one module per context (msgspec structs,
the views that show stored records, and the conversions of bodies into core values). Routes
and the report workbooks share them; they run no query and call no service."""
