"""The staff editor (Decap CMS): its configuration from our schemas and its admin page."""
