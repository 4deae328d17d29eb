"""eventpipe: a multilingual CAMEO event-data pipeline."""
